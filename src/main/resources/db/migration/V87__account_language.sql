-- The language a member chose for the site and their emails: English or Welsh. Null until they
-- choose (or join from a Welsh page), so signing in from a Welsh page keeps it Welsh.
alter table account add column preferred_language varchar(2)
    check (preferred_language in ('en', 'cy'));
