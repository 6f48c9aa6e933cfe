-- owned by the idempotency module: the first response to each caller's Idempotency-Key, kept for a day.
-- A row without status is a request still running; the primary key lets only one of two concurrent ones start.
create table idempotency_keys (
    caller       varchar(100) not null,
    idem_key     varchar(200) not null,
    fingerprint  varchar(64) not null,
    status       integer,
    content_type varchar(200),
    body         text,
    created_at   timestamp with time zone not null,
    primary key (caller, idem_key)
);
create index idempotency_keys_by_time on idempotency_keys (created_at);
