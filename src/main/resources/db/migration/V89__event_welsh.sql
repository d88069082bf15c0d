-- An editor's Welsh version of an event's title, summary and description; null where there is none,
-- and then a Welsh page shows the English text, marked as English.
alter table event add column title_cy text;
alter table event add column summary_cy text;
alter table event add column description_cy text;
