-- The staff dashboards count events, newsletter changes and bounces by month across a period: each
-- of these lets one grouped query read only the rows in the period, not the whole table.
create index waitlist_entry_created_idx on waitlist_entry (created_at);
create index event_feedback_event_idx on event_feedback (event_id);
create index newsletter_subscriber_confirmed_at on newsletter_subscriber (confirmed_at) where confirmed_at is not null;
create index newsletter_subscriber_unsubscribed_at on newsletter_subscriber (unsubscribed_at) where unsubscribed_at is not null;
create index newsletter_consent_withdrawn on newsletter_consent (recorded_at) where not granted;
create index newsletter_bounce_recorded on newsletter_bounce (recorded_at);
create index newsletter_suppression_created on newsletter_suppression (created_at);
