-- Notifications (module notification): the in-app inbox and the outbox of e-mails and text
-- messages still to be sent. A notice (shared.NoticeIssued) is delivered once: the unique
-- constraints make a second delivery of the same notice a no-op.

-- Where a notice reaches a user outside the platform (both optional).
alter table app_user add column email varchar(200);
alter table app_user add column mobile varchar(20);

-- One row per notice and addressee: a unit (every user of the unit sees it, and the first who
-- reads it marks it read for the unit) or a single user.
create table notification_inbox (
  id             uuid not null primary key,
  notice_id      uuid not null,
  unit_id        uuid,
  username       varchar(50),
  category       varchar(40) not null,
  subject        varchar(200),
  title          varchar(200) not null,
  body           varchar(10000) not null,
  link           varchar(500),
  sender_unit_id uuid,
  issued_at      timestamp with time zone not null,
  delivered_at   timestamp with time zone not null,
  read_at        timestamp with time zone,
  read_by        varchar(50),
  constraint notification_inbox_one_addressee check ((unit_id is null) <> (username is null)),
  constraint notification_inbox_once_per_unit unique (notice_id, unit_id),
  constraint notification_inbox_once_per_user unique (notice_id, username)
);
create index notification_inbox_unit_idx on notification_inbox (unit_id, issued_at);
create index notification_inbox_user_idx on notification_inbox (username, issued_at);

-- Messages to send, one per notice, channel and address. The dispatcher (a db-scheduler task)
-- claims due PENDING rows by moving next_attempt_at forward (a lease), sends, and records SENT, or
-- a failure with back-off; after the last attempt the row is FAILED and stays for the administrator.
create table notification_outbox (
  id              uuid not null primary key,
  notice_id       uuid not null,
  channel         varchar(10) not null check (channel in ('EMAIL', 'SMS')),
  recipient       varchar(200) not null,
  username        varchar(50),
  title           varchar(200) not null,
  body            varchar(10000) not null,
  status          varchar(10) not null check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts        int not null default 0,
  next_attempt_at timestamp with time zone not null,
  last_error      varchar(1000),
  created_at      timestamp with time zone not null,
  sent_at         timestamp with time zone,
  constraint notification_outbox_once unique (notice_id, channel, recipient)
);
-- "Pending and due": an equality on status, then a range on next_attempt_at, in index order.
create index notification_outbox_due_idx on notification_outbox (status, next_attempt_at);
