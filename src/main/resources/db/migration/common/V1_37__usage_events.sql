-- owned by the usage module: one row per API call, written in batches and deleted after the retention.
-- usage_day is the UTC day of occurred_at, kept as a column so that both databases group by it the same way.
create table usage_events (
    id                uuid primary key,
    occurred_at       timestamp with time zone not null,
    usage_day         date not null,
    username          varchar(100),
    api_key_id        uuid,
    workspace_id      uuid,
    route             varchar(300) not null,
    status            integer not null,
    latency_ms        integer not null,
    prompt_tokens     integer not null,
    completion_tokens integer not null
);
create index usage_events_by_day on usage_events (usage_day);
create index usage_events_by_user on usage_events (username, usage_day);
create index usage_events_by_workspace on usage_events (workspace_id, usage_day);
