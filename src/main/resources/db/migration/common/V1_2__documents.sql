-- owned by the documents module
create table documents (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    name         varchar(500) not null,
    content_type varchar(200) not null,
    size_bytes   bigint not null,
    status       varchar(20) not null,
    error        varchar(2000),
    chunk_count  integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index documents_by_workspace on documents (workspace_id);
