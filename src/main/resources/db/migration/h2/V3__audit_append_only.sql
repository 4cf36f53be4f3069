-- H2 has no procedural triggers without Java classes; the hash chain and the checkpoints are the
-- protection there (see the PostgreSQL variant of this migration).
select 1;
