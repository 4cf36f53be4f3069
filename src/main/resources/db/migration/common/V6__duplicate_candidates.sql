-- Problems on the ledger that a newly received lead may repeat, found by the ledger module when it
-- hears of the lead (a persisted cross-module event), shown to the intake desk before it decides.
create table lead_duplicate_candidate (
  lead_id    uuid not null,
  problem_id uuid not null references problem (id),
  score      double precision not null,
  reason     varchar(200) not null,
  found_at   timestamp with time zone not null,
  primary key (lead_id, problem_id)
);

