-- Each month's most searched words of an area, most first: where the dashboards' top words start, and the months'
-- rows above a threshold, without reading every word of every month (see Counts.topNothingFound).
create index insights_search_gap_month_top on insights_search_gap_month (area, month, searches desc);

-- The days a period cuts, read from the index alone (the unique key's index has the words but not the counts): a
-- day's rows are spread over the table as they were added, one page each.
create index insights_search_gap_day_counts on insights_search_gap (area, day) include (words, searches);
