-- whether an issue is shown in the public archive once sent: digests are, one-off emails only if staff say so
alter table newsletter_campaign add column in_archive boolean not null default true;
update newsletter_campaign set in_archive = false where kind = 'ONE_OFF';
