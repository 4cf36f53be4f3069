-- Typical cases on the public portal (Q, 宣传机制; S, 五项机制2 通报曝光机制): each case is a stream of
-- the tamper-evident record (CasePublished, CaseWithdrawn); this table is its projection for the
-- publishers' list and the portal, written in the same transaction as the events.
create table typical_case (
  id                uuid not null primary key,
  title             varchar(100) not null,
  category          varchar(30) not null,
  town_code         varchar(12),
  problem_id        uuid,
  problem_code      varchar(40),
  write_up          varchar(5000) not null,
  published_on      date not null,
  published_at      timestamp with time zone not null,
  published_by      varchar(100) not null,
  withdrawn_at      timestamp with time zone,
  withdrawn_by      varchar(100),
  withdrawal_reason varchar(500),
  version           int not null
);
-- The portal lists the cases not withdrawn, newest first, optionally of one category.
create index typical_case_portal_idx on typical_case (published_on, published_at);
create index typical_case_category_idx on typical_case (category, published_on);
