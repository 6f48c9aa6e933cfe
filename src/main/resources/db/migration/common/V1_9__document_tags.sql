-- owned by the documents module: the tags a user gave a document, normalised and joined with commas
alter table documents add column tags varchar(1000) not null default '';
