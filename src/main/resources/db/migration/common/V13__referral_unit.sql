-- The unit a referral concerns (the lead unit of the problem referred), for the figures per unit.
alter table acc_referral add column unit_id uuid;
