-- Synonyms seen in the alliance's catalogue data, so imported free text finds its concepts,
-- and a "Prison" concept above the prison types for records that do not say which.
insert into concept (vocabulary, slug, label, alt_labels, position)
values ('SETTING', 'prison', 'Prison', array['prisons', 'custody', 'HMP', 'in custody'], 0);

update concept set parent_id = (select id from concept where vocabulary = 'SETTING' and slug = 'prison')
where vocabulary = 'SETTING' and slug in ('adult-prison-men', 'adult-prison-women', 'young-offender-institution');

update concept set alt_labels = alt_labels || array['YOI', 'HMYOI', 'young offenders institution']
where vocabulary = 'SETTING' and slug = 'young-offender-institution';
update concept set alt_labels = alt_labels || array['probation', 'community sentence', 'community order']
where vocabulary = 'SETTING' and slug = 'probation-and-community-sentences';
update concept set alt_labels = alt_labels || array['after release', 'released']
where vocabulary = 'SETTING' and slug = 'community-after-release';
update concept set alt_labels = alt_labels || array['police custody', 'liaison and diversion']
where vocabulary = 'SETTING' and slug = 'police-custody-liaison-and-diversion';
update concept set alt_labels = alt_labels || array['forensic mental health', 'secure hospitals']
where vocabulary = 'SETTING' and slug = 'secure-hospital';
update concept set alt_labels = alt_labels || array['resettlement', 'through the gate']
where vocabulary = 'SETTING' and slug = 'through-the-gate-and-resettlement';

update concept set alt_labels = alt_labels || array['visual art', 'fine art']
where vocabulary = 'ART_FORM' and slug = 'visual-arts';
update concept set alt_labels = alt_labels || array['opera', 'ensemble music', 'singing']
where vocabulary = 'ART_FORM' and slug = 'music';
update concept set alt_labels = alt_labels || array['drama based', 'performance']
where vocabulary = 'ART_FORM' and slug = 'theatre';
update concept set alt_labels = alt_labels || array['writing', 'journal making']
where vocabulary = 'ART_FORM' and slug = 'creative-writing';
update concept set alt_labels = alt_labels || array['all art forms', 'multi arts', 'combined arts']
where vocabulary = 'ART_FORM' and slug = 'multi-arts';

update concept set alt_labels = alt_labels || array['evaluation report', 'independent evaluation report', 'independent review']
where vocabulary = 'DOCUMENT_TYPE' and slug = 'independent-evaluation';
update concept set alt_labels = alt_labels || array['toolkit', 'guidance']
where vocabulary = 'DOCUMENT_TYPE' and slug = 'guidance-or-toolkit';

update concept set alt_labels = alt_labels || array['matched control group', 'matched control groups', 'propensity score matching']
where vocabulary = 'STUDY_DESIGN' and slug = 'quasi-experimental-with-matched-comparison';
update concept set alt_labels = alt_labels || array['control group', 'comparison group']
where vocabulary = 'STUDY_DESIGN' and slug = 'comparison-group-without-matching';
update concept set alt_labels = alt_labels || array['RCT', 'randomised trial', 'randomized controlled trial']
where vocabulary = 'STUDY_DESIGN' and slug = 'randomised-controlled-trial';
update concept set alt_labels = alt_labels || array['before and after', 'before after', 'pre and post']
where vocabulary = 'STUDY_DESIGN' and slug = 'before-and-after-without-comparison';
update concept set alt_labels = alt_labels || array['qualitative']
where vocabulary = 'STUDY_DESIGN' and slug = 'qualitative-study';
update concept set alt_labels = alt_labels || array['REA']
where vocabulary = 'DOCUMENT_TYPE' and slug = 'rapid-evidence-assessment';
