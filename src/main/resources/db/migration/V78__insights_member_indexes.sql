-- The network's figures count memberships from their terms and leave out records merged into another as
-- duplicates: the few merged ones are found through this small index, not by reading every member.
create index member_merged_idx on member (id) where merged_into is not null;
-- The members of a moment, counted by region: read from this index alone, not from the member rows (which are wide).
create index member_region_cover_idx on member (id) include (region_slug);
