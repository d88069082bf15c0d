-- Which version of each search index mapping the current index was built with, so that a
-- release that changes the mapping rebuilds the index at start.
create table search_index_state (
    index_name      text primary key,
    mapping_version int                      not null,
    rebuilt_at      timestamp with time zone not null
);
