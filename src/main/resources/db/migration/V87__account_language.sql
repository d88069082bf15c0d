-- The language a member chose for the site and their emails: English or Welsh. Null until they
-- choose (or join from a Welsh page), so signing in from a Welsh page keeps it Welsh.
alter table account add column preferred_language varchar(2)
    check (preferred_language in ('en', 'cy'));

-- The language of the page a newsletter subscriber without an account asked from, for the
-- emails about their subscription.
alter table newsletter_subscriber add column language varchar(2)
    check (language in ('en', 'cy'));
