-- The chase (reminders, supervision orders, interviews, extensions) lives in the problem's stream;
-- the projection keeps when the problem's next timer falls, so that the sweep reads only what is
-- due through an index (its cost does not grow with the number of open problems), and whether a
-- supervision order stands (挂牌督办 is public).
alter table problem add column next_timer_at timestamp with time zone;
alter table problem add column supervision varchar(30);
create index problem_next_timer_idx on problem (next_timer_at);
