-- The State Council's yearly holiday schedules (国务院办公厅关于部分节假日安排的通知): the days a
-- schedule makes holidays (on weekdays) or working days (on weekends, 调休). An administrator adds
-- a new year as data (POST /api/v1/calendar/{year}); no release is needed.
create table holiday_schedule_year (
  year_number int not null primary key,
  source      varchar(200) not null,
  added_at    timestamp with time zone not null,
  added_by    varchar(100) not null
);

create table holiday_schedule_day (
  schedule_day date not null primary key,
  year_number int not null references holiday_schedule_year (year_number),
  working     boolean not null,
  name        varchar(40) not null
);

insert into holiday_schedule_year (year_number, source, added_at, added_by) values
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', timestamp with time zone '2025-01-01 00:00:00+08', 'migration'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', timestamp with time zone '2025-11-05 00:00:00+08', 'migration');

insert into holiday_schedule_day (schedule_day, year_number, working, name) values
  (date '2025-01-01', 2025, false, '元旦'),
  (date '2025-01-26', 2025, true, '春节调休上班'),
  (date '2025-01-28', 2025, false, '春节'), (date '2025-01-29', 2025, false, '春节'), (date '2025-01-30', 2025, false, '春节'),
  (date '2025-01-31', 2025, false, '春节'), (date '2025-02-01', 2025, false, '春节'), (date '2025-02-02', 2025, false, '春节'),
  (date '2025-02-03', 2025, false, '春节'), (date '2025-02-04', 2025, false, '春节'),
  (date '2025-02-08', 2025, true, '春节调休上班'),
  (date '2025-04-04', 2025, false, '清明节'), (date '2025-04-05', 2025, false, '清明节'), (date '2025-04-06', 2025, false, '清明节'),
  (date '2025-04-27', 2025, true, '劳动节调休上班'),
  (date '2025-05-01', 2025, false, '劳动节'), (date '2025-05-02', 2025, false, '劳动节'), (date '2025-05-03', 2025, false, '劳动节'),
  (date '2025-05-04', 2025, false, '劳动节'), (date '2025-05-05', 2025, false, '劳动节'),
  (date '2025-05-31', 2025, false, '端午节'), (date '2025-06-01', 2025, false, '端午节'), (date '2025-06-02', 2025, false, '端午节'),
  (date '2025-09-28', 2025, true, '国庆节调休上班'),
  (date '2025-10-01', 2025, false, '国庆节、中秋节'), (date '2025-10-02', 2025, false, '国庆节、中秋节'),
  (date '2025-10-03', 2025, false, '国庆节、中秋节'), (date '2025-10-04', 2025, false, '国庆节、中秋节'),
  (date '2025-10-05', 2025, false, '国庆节、中秋节'), (date '2025-10-06', 2025, false, '国庆节、中秋节'),
  (date '2025-10-07', 2025, false, '国庆节、中秋节'), (date '2025-10-08', 2025, false, '国庆节、中秋节'),
  (date '2025-10-11', 2025, true, '国庆节调休上班'),
  (date '2026-01-01', 2026, false, '元旦'), (date '2026-01-02', 2026, false, '元旦'), (date '2026-01-03', 2026, false, '元旦'),
  (date '2026-01-04', 2026, true, '元旦调休上班'),
  (date '2026-02-14', 2026, true, '春节调休上班'),
  (date '2026-02-15', 2026, false, '春节'), (date '2026-02-16', 2026, false, '春节'), (date '2026-02-17', 2026, false, '春节'),
  (date '2026-02-18', 2026, false, '春节'), (date '2026-02-19', 2026, false, '春节'), (date '2026-02-20', 2026, false, '春节'),
  (date '2026-02-21', 2026, false, '春节'), (date '2026-02-22', 2026, false, '春节'), (date '2026-02-23', 2026, false, '春节'),
  (date '2026-02-28', 2026, true, '春节调休上班'),
  (date '2026-04-04', 2026, false, '清明节'), (date '2026-04-05', 2026, false, '清明节'), (date '2026-04-06', 2026, false, '清明节'),
  (date '2026-05-01', 2026, false, '劳动节'), (date '2026-05-02', 2026, false, '劳动节'), (date '2026-05-03', 2026, false, '劳动节'),
  (date '2026-05-04', 2026, false, '劳动节'), (date '2026-05-05', 2026, false, '劳动节'),
  (date '2026-05-09', 2026, true, '劳动节调休上班'),
  (date '2026-06-19', 2026, false, '端午节'), (date '2026-06-20', 2026, false, '端午节'), (date '2026-06-21', 2026, false, '端午节'),
  (date '2026-09-20', 2026, true, '国庆节调休上班'),
  (date '2026-09-25', 2026, false, '中秋节'), (date '2026-09-26', 2026, false, '中秋节'), (date '2026-09-27', 2026, false, '中秋节'),
  (date '2026-10-01', 2026, false, '国庆节'), (date '2026-10-02', 2026, false, '国庆节'), (date '2026-10-03', 2026, false, '国庆节'),
  (date '2026-10-04', 2026, false, '国庆节'), (date '2026-10-05', 2026, false, '国庆节'), (date '2026-10-06', 2026, false, '国庆节'),
  (date '2026-10-07', 2026, false, '国庆节'),
  (date '2026-10-10', 2026, true, '国庆节调休上班');
