-- Accountability: triggers and cases are streams of the tamper-evident record; these tables are
-- their projections (queue, case lists, figures), written in the same transaction as the events.

create table acc_trigger (
  id             uuid not null primary key,
  origin         varchar(20) not null,
  rule_id        varchar(60),
  rule_name      varchar(200),
  problem_id     uuid,
  lead_id        uuid,
  subject        varchar(60),
  reason         varchar(2000),
  failure_day    date,
  status         varchar(20) not null,
  case_id        uuid,
  raised_by_unit uuid,
  raised_at      timestamp with time zone not null,
  assessed_at    timestamp with time zone,
  version        int not null
);
create index acc_trigger_status_idx on acc_trigger (status, raised_at);
create index acc_trigger_problem_idx on acc_trigger (problem_id);

create table acc_case (
  id         uuid not null primary key,
  number     varchar(40) not null unique,
  problem_id uuid,
  subject    varchar(60),
  summary    varchar(2000),
  status     varchar(20) not null,
  opened_at  timestamp with time zone not null,
  closed_at  timestamp with time zone,
  version    int not null
);
create index acc_case_opened_idx on acc_case (opened_at);

create table acc_party (
  id             uuid not null primary key,
  case_id        uuid not null,
  responsibility varchar(20) not null,
  unit_id        uuid not null,
  person_id      uuid,
  status         varchar(20) not null,
  outcome        varchar(40),
  form           int,
  decided_at     timestamp with time zone
);
create index acc_party_case_idx on acc_party (case_id);
create index acc_party_unit_idx on acc_party (unit_id);

create table acc_referral (
  id             uuid not null primary key,
  case_id        uuid not null,
  recipient      varchar(20) not null,
  recipient_name varchar(200) not null,
  referred_at    timestamp with time zone not null,
  feedback_due   date not null,
  received_on    date,
  outcome_at     timestamp with time zone,
  next_chase_on  date
);
create index acc_referral_chase_idx on acc_referral (next_chase_on);

-- Interviews held, for the figures (persons interviewed per unit and month).
create table acc_interview (
  interview_id uuid not null,
  unit_id      uuid not null,
  problem_id   uuid not null,
  held_at      timestamp with time zone not null,
  persons      int not null,
  primary key (interview_id, unit_id)
);

-- Rules that look at a problem some time after an event (STILL_OVERDUE_AFTER_INTERVIEW).
create table acc_watch (
  id           uuid not null primary key,
  rule_id      varchar(60) not null,
  problem_id   uuid not null,
  interview_id uuid not null,
  due_at       timestamp with time zone not null
);
create index acc_watch_due_idx on acc_watch (due_at);
