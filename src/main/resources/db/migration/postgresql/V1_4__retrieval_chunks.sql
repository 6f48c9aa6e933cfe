-- owned by the retrieval module: the pgvector chunk index (server mode only)
create extension if not exists vector;

create table retrieval_chunks (
    id            uuid primary key,
    workspace_id  uuid not null,
    document_id   uuid not null,
    document_name varchar(500) not null,
    ordinal       integer not null,
    text          text not null,
    heading_path  text not null,
    start_offset  integer not null,
    end_offset    integer not null,
    embedding     vector(384) not null
);
create index retrieval_chunks_by_document on retrieval_chunks (document_id);
create index retrieval_chunks_by_workspace on retrieval_chunks (workspace_id);
create index retrieval_chunks_embedding_hnsw on retrieval_chunks using hnsw (embedding vector_cosine_ops);
