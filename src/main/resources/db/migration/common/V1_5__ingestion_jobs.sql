-- owned by the ingestion module: the durable job queue. Workers claim rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so any replica can take any job and none is taken twice.
create table ingestion_jobs (
    id           uuid primary key,
    document_id  uuid not null,
    state        varchar(20) not null,
    attempts     integer not null,
    max_attempts integer not null,
    run_after    timestamp with time zone not null,
    locked_by    varchar(100),
    locked_until timestamp with time zone,
    last_error   varchar(2000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index ingestion_jobs_by_state on ingestion_jobs (state, run_after);
create index ingestion_jobs_by_document on ingestion_jobs (document_id);
