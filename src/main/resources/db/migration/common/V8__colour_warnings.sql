-- For colour warnings in lists: the earliest milestone of a long-term entry not yet met.
alter table problem add column next_milestone_due date;
