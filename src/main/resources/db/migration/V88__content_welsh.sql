-- The Welsh version of an item, written by an editor: beside the English, with the same limits, and empty
-- (null) until one is written. The body is kept as written and as sanitised HTML and plain text, as the English is.
alter table content_item
    add column title_cy      varchar(200),
    add column standfirst_cy varchar(600),
    add column body_cy       text,
    add column body_html_cy  text,
    add column body_text_cy  text;
