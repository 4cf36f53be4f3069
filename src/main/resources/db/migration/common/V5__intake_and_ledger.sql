-- Projections of the lead and problem streams (the truth is the tamper-evident record in
-- audit_event; these tables are what lists, filters and scopes are read from, written in the same
-- transaction as the events), stored files, and per-year number sequences.

create table attachment (
  id          uuid not null primary key,
  owner_id    uuid not null,
  filename    varchar(120) not null,
  media_type  varchar(120) not null,
  size_bytes  bigint not null,
  sm3         char(64) not null,
  content     bytea not null,
  uploaded_at timestamp with time zone not null,
  uploaded_by varchar(100) not null
);
create index attachment_owner_idx on attachment (owner_id);

create table lead (
  id                 uuid not null primary key,
  tracking_code      varchar(12) not null unique,
  channel            varchar(30) not null,
  channel_reference  varchar(60),
  description        varchar(5000) not null,
  town_code          varchar(12) not null,
  address            varchar(200),
  longitude          double precision,
  latitude           double precision,
  pollution_types    varchar(400) not null,
  entity_name        varchar(200),
  entity_credit_code varchar(18),
  anonymous          boolean not null,
  sealed_contact     varchar(2000),
  attachment_count   int not null,
  received_at        timestamp with time zone not null,
  status             varchar(20) not null,
  problem_id         uuid,
  decline_reason     varchar(2000),
  public_reply       varchar(2000),
  submitted_by       varchar(100) not null,
  idempotency_key    varchar(100),
  request_digest     char(64),
  version            int not null,
  constraint lead_idempotency_uq unique (submitted_by, idempotency_key)
);
create index lead_status_idx on lead (status, received_at);
create index lead_town_idx on lead (town_code, received_at);

create table problem (
  id                        uuid not null primary key,
  code                      varchar(30) not null unique,
  lead_id                   uuid not null,
  channel                   varchar(30) not null,
  status                    varchar(30) not null,
  description               varchar(5000) not null,
  town_code                 varchar(12) not null,
  address                   varchar(200),
  longitude                 double precision,
  latitude                  double precision,
  pollution_types           varchar(400) not null,
  entity_name               varchar(200),
  lead_unit_id              uuid,
  requires_designation      boolean not null,
  deadline                  date,
  long_term                 boolean not null,
  repeat_count              int not null,
  rebound_count             int not null,
  false_rectification_count int not null,
  received_at               timestamp with time zone not null,
  accepted_at               timestamp with time zone not null,
  closed_at                 timestamp with time zone,
  look_back_due_at          timestamp with time zone,
  version                   int not null,
  updated_at                timestamp with time zone not null
);
create index problem_status_idx on problem (status, deadline);
create index problem_town_idx on problem (town_code, accepted_at);
create index problem_accepted_idx on problem (accepted_at);
create index problem_look_back_idx on problem (look_back_due_at);

create table problem_unit (
  problem_id uuid not null references problem (id),
  unit_id    uuid not null,
  role       varchar(10) not null,
  primary key (problem_id, unit_id)
);
create index problem_unit_unit_idx on problem_unit (unit_id);

create table problem_domain (
  problem_id  uuid not null references problem (id),
  domain_code varchar(40) not null,
  primary key (problem_id, domain_code)
);
create index problem_domain_domain_idx on problem_domain (domain_code);

create table number_sequence (
  name       varchar(40) not null,
  seq_year   int not null,
  last_value bigint not null,
  primary key (name, seq_year)
);
