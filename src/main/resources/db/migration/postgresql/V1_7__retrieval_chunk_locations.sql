-- owned by the retrieval module: where each chunk sits in its original (page, slide, sheet)
alter table retrieval_chunks add column location_kind varchar(10) not null default 'NONE';
alter table retrieval_chunks add column location_number integer not null default 0;
alter table retrieval_chunks add column location_label varchar(200) not null default '';
