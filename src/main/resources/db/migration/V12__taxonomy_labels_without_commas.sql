-- Catalogue text is split at commas and brackets before matching, so a concept whose label holds
-- either needs alternative labels that can match on their own.
update concept set alt_labels = alt_labels || array['secure school', 'secure training centre', 'secure children''s home', 'STC', 'SCH']
where vocabulary = 'SETTING' and label like 'Secure school%';
update concept set alt_labels = alt_labels || array['police custody', 'liaison and diversion', 'custody suite']
where vocabulary = 'SETTING' and label like 'Police custody%';
update concept set alt_labels = alt_labels || array['progression to education', 'progression to training', 'progression to employment',
    'progression into work', 'education training or employment', 'NEET']
where vocabulary = 'OUTCOME' and label like 'Progression to education%';
