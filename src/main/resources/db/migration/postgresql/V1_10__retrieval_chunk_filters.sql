-- owned by the retrieval module: what searches filter chunks by besides the workspace (the document's
-- media type, tags and upload time), copied from the document so that filters run inside the index query
alter table retrieval_chunks add column media_type varchar(200) not null default '';
alter table retrieval_chunks add column tags text[] not null default '{}';
alter table retrieval_chunks add column document_created_at timestamp with time zone;
-- chunks indexed before this migration: take the facts from their documents (no document has tags yet)
update retrieval_chunks c set media_type = d.content_type, document_created_at = date_trunc('milliseconds', d.created_at)
    from documents d where d.id = c.document_id;
create index retrieval_chunks_tags on retrieval_chunks using gin (tags);
