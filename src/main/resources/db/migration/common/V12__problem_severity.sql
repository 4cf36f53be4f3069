-- The severity judged at acceptance (GENERAL, SERIOUS, MAJOR), for lists and filters.
alter table problem add column severity varchar(10) not null default 'GENERAL';
