-- A listing's content (draft and published) is one JSON document, so an editor approves a change as a whole and a
-- diff compares like with like. Its Welsh description travels in the same document, as descriptionCy: null where
-- nobody wrote one, and then a Welsh page shows the English description, marked as English. Nothing to convert.
comment on column directory_listing.published is 'The listing as the public sees it: ListingContent as JSON. descriptionCy is the Welsh description, null where there is none.';
comment on column directory_listing.draft is 'Changes not yet approved: ListingContent as JSON, descriptionCy included.';
