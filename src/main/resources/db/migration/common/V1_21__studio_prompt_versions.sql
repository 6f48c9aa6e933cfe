-- owned by the studio module: a workspace's own versions of the prompt templates; the newest one is used,
-- none means the default file in the application (prompts/<name>.st).
create table studio_prompt_versions (
    workspace_id uuid not null,
    name         varchar(100) not null,
    version      integer not null,
    body         varchar(100000) not null,
    created_at   timestamp with time zone not null,
    primary key (workspace_id, name, version)
);
