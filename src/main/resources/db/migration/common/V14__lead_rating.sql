-- The reporter's rating of the handling (满意 / 基本满意 / 不满意), for the assessment.
alter table lead add column rating varchar(30);
alter table lead add column rated_at timestamp with time zone;
