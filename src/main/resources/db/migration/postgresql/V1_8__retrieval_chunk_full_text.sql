-- owned by the retrieval module: PostgreSQL full-text search over passage, breadcrumb and file name,
-- weighted like the Lucene adapter's fields (A passage, B breadcrumb, C file name), with a GIN index
alter table retrieval_chunks add column search_words tsvector generated always as (
    setweight(to_tsvector('english', text), 'A')
    || setweight(to_tsvector('english', heading_path), 'B')
    || setweight(to_tsvector('english', document_name), 'C')
) stored;
create index retrieval_chunks_search_words on retrieval_chunks using gin (search_words);
