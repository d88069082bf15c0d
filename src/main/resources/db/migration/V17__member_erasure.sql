-- An erased member stays as an anonymous row (region, interests and terms), so counts of the
-- network over time stay right; nothing that names or contacts them is kept.
alter table member alter column account_id drop not null;
alter table member alter column display_name drop not null;
alter table member add column erased_at timestamp with time zone;
