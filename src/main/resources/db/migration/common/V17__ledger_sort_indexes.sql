-- The ledger ordered by deadline (issue 5: sort by a column) reads the rows in index order, ties
-- broken by id as the query does, instead of sorting every matching problem for each page.
create index problem_deadline_order_idx on problem (deadline, id);
