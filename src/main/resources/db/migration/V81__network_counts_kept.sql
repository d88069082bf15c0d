-- The network by region, role, art form and setting at a moment (the end of a day), counted once and kept, so a
-- dashboard at 100,000 members reads a few dozen rows instead of joining every membership to every interest. A count
-- is kept with a fingerprint of the memberships that began or ended before its moment: a membership added or ended
-- later with an earlier date (an import, a correction) changes the fingerprint, and the count is taken again.
create table network_count_taken (
    moment      timestamp with time zone primary key,
    fingerprint text                     not null,
    taken_at    timestamp with time zone not null
);

create table network_count (
    moment     timestamp with time zone not null references network_count_taken (moment) on delete cascade,
    vocabulary text                     not null,
    -- empty for members who did not say
    slug       text                     not null,
    members    bigint                   not null check (members > 0),
    primary key (moment, vocabulary, slug)
);

-- the day's joiners and leavers, added to the count kept at the start of the day, and the months' joins and leaves
create index membership_term_started_idx on membership_term (started_at);
create index membership_term_ended_idx on membership_term (ended_at) where ended_at is not null;

-- A member's latest term, which the trigger copying it onto the member reads on every change, in one index: with an
-- index on the start alone, and statistics of an emptier table (a bulk import), the planner would walk every term
-- newest first looking for the member's.
create index membership_term_member_started_idx on membership_term (member_id, started_at, id);
drop index membership_term_member_idx;
