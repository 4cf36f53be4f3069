-- Counted attempts shared by every instance on this database (throttle.Throttle, issue 10): public
-- reports per client address, failed sign-ins per account and per client address. One row per
-- counted subject and scope; a row lives until expires_at (the end of its window, or of the block
-- it set) and is then reset in place by the next attempt or deleted by the cleanup task.
create table attempt_counter (
  scope         varchar(40) not null,
  subject       varchar(200) not null,
  attempts      int not null,
  blocked_until timestamp with time zone,
  expires_at    timestamp with time zone not null,
  primary key (scope, subject)
);
-- The cleanup task deletes expired rows through this index.
create index attempt_counter_expiry_idx on attempt_counter (expires_at);
