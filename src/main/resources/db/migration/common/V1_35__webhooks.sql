-- owned by the webhooks module: endpoints registered per workspace, and the durable outbox of deliveries.
-- The secret is kept as given (not hashed): every delivery is signed with it.
create table webhooks (
    id           uuid primary key,
    workspace_id uuid not null,
    url          varchar(2000) not null,
    events       varchar(200) not null,
    secret       varchar(100) not null,
    created_by   varchar(100),
    created_at   timestamp with time zone not null
);
create index webhooks_by_workspace on webhooks (workspace_id);

-- Workers claim rows with SELECT ... FOR UPDATE SKIP LOCKED, so any replica can send any delivery and none
-- is sent twice at once; a worker that dies loses its lease and the delivery is claimed again.
create table webhook_deliveries (
    id           uuid primary key,
    webhook_id   uuid not null references webhooks (id) on delete cascade,
    event_id     uuid not null,
    event_type   varchar(40) not null,
    payload      text not null,
    state        varchar(20) not null,
    attempts     integer not null,
    run_after    timestamp with time zone not null,
    locked_until timestamp with time zone,
    last_status  integer,
    last_error   varchar(1000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    delivered_at timestamp with time zone
);
create index webhook_deliveries_by_state on webhook_deliveries (state, run_after);
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, created_at);
