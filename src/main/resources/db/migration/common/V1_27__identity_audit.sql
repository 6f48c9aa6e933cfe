-- owned by the identity module: security-relevant events, kept for administrators to query and export
create table audit_events (
    id          uuid primary key,
    occurred_at timestamp with time zone not null,
    type        varchar(40) not null,
    username    varchar(100),
    detail      varchar(1000) not null
);
create index audit_events_by_time on audit_events (occurred_at);
create index audit_events_by_user on audit_events (username, occurred_at);
