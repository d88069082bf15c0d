-- A small copy of each event's picture for the lists that show it beside the event (the events list, the home page):
-- the picture itself is up to 1,200 pixels wide, far more than a list needs. Pictures kept before this get theirs
-- when the application next starts.
alter table event_image add column thumbnail bytea;
