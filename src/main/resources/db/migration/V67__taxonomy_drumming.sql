-- Drumming, a common programme in prisons and youth justice, was left unmapped by catalogue imports.
update concept set alt_labels = alt_labels || array['drumming', 'drums', 'samba band']
where vocabulary = 'ART_FORM' and slug = 'music' and not ('drumming' = any(alt_labels));
