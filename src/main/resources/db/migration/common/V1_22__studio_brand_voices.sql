-- owned by the studio module: each workspace's brand-voice guide, which every piece of marketing copy follows.
create table studio_brand_voices (
    workspace_id uuid primary key,
    guide        varchar(20000) not null,
    updated_at   timestamp with time zone not null
);
