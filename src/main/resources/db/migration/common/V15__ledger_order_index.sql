-- The ledger's default order (newest first) read from an index instead of sorting every problem.
create index problem_accepted_desc_idx on problem (accepted_at desc, id desc);
