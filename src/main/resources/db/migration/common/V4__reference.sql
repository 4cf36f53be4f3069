-- Reference data: administrative divisions, domains (pollution types / industries), the
-- organisation (units, persons, posts and who held them when), the responsibility map and users.

create table region (
  code        varchar(12) not null primary key,
  name        varchar(100) not null,
  level       varchar(12) not null,
  parent_code varchar(12)
);
create index region_parent_idx on region (parent_code);

create table domain (
  code       varchar(40) not null primary key,
  name_zh    varchar(40) not null,
  name_en    varchar(80) not null,
  sort_order int not null
);

create table unit (
  id          uuid not null primary key,
  code        varchar(60) not null unique,
  name        varchar(100) not null,
  short_name  varchar(40),
  kind        varchar(30) not null,
  region_code varchar(12) not null references region (code),
  credit_code varchar(18),
  parent_id   uuid references unit (id)
);
create index unit_region_idx on unit (region_code, kind);

create table person (
  id   uuid not null primary key,
  name varchar(50) not null,
  note varchar(200)
);

create table post (
  id          uuid not null primary key,
  unit_id     uuid not null references unit (id),
  kind        varchar(40) not null,
  title       varchar(100) not null,
  domain_code varchar(40) references domain (code)
);
create index post_unit_idx on post (unit_id);

create table tenure (
  id                  uuid not null primary key,
  post_id             uuid not null references post (id),
  person_id           uuid not null references person (id),
  start_date          date not null,
  end_date            date,
  seconded_from_unit_id uuid references unit (id)
);
create index tenure_post_idx on tenure (post_id, start_date);
create index tenure_person_idx on tenure (person_id);

-- Which unit holds which responsibility for which region and domain. domain_code null means
-- "every domain" (the town's territorial responsibility, the party committee's primary one).
create table responsibility (
  id          uuid not null primary key,
  region_code varchar(12) not null references region (code),
  domain_code varchar(40) references domain (code),
  kind        varchar(20) not null,
  unit_id     uuid not null references unit (id),
  note        varchar(200)
);
create index responsibility_lookup_idx on responsibility (region_code, domain_code);

create table app_user (
  username      varchar(50) not null primary key,
  password_hash varchar(100) not null,
  display_name  varchar(50) not null,
  unit_id       uuid references unit (id),
  person_id     uuid references person (id),
  roles         varchar(400) not null,
  enabled       boolean not null default true
);

insert into domain (code, name_zh, name_en, sort_order) values
  ('WATER', '水污染', 'water pollution', 10),
  ('AIR', '大气污染', 'air pollution', 20),
  ('SOIL', '土壤污染', 'soil pollution', 30),
  ('NOISE', '噪声污染', 'noise', 40),
  ('SOLID_WASTE', '固体废物', 'solid waste', 50),
  ('RADIATION', '辐射', 'radiation', 60),
  ('ECOLOGY', '生态破坏', 'ecological damage', 70),
  ('QINLING', '秦岭生态保护', 'Qinling ecological protection', 80),
  ('MINING', '矿产资源开发', 'mining', 90),
  ('CONSTRUCTION_DUST', '建筑施工扬尘', 'construction dust', 100),
  ('RIVER', '河道与水资源', 'rivers, sand mining and water resources', 110),
  ('FORESTRY', '林地与森林资源', 'forest land and forestry', 120),
  ('LIVESTOCK', '畜禽养殖污染', 'livestock farming pollution', 130),
  ('AGRICULTURE', '农业面源污染', 'agricultural non-point pollution', 140),
  ('TRANSPORT', '道路运输扬尘与撒漏', 'road transport dust and spillage', 150),
  ('URBAN', '城市生活垃圾与餐饮油烟', 'urban waste and cooking fumes', 160),
  ('OTHER', '其他', 'other', 999);
