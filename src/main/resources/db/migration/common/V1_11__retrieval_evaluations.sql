-- owned by the retrieval module: retrieval evaluations an administrator ran, kept across restarts.
-- owner and heartbeat_at tell a live run from one whose process died, so that none stays running for ever.
create table retrieval_evaluations (
    id                uuid primary key,
    name              varchar(200) not null,
    backend           varchar(20) not null,
    modes             varchar(100) not null,
    qrels_split       varchar(50) not null,
    dataset_source    varchar(1000) not null,
    status            varchar(20) not null,
    documents         integer not null,
    queries           integer not null,
    documents_indexed integer not null,
    queries_run       integer not null,
    failure           varchar(2000),
    scratch_workspace uuid not null,
    owner             varchar(100) not null,
    heartbeat_at      timestamp with time zone not null,
    created_at        timestamp with time zone not null,
    started_at        timestamp with time zone,
    finished_at       timestamp with time zone
);
create index retrieval_evaluations_by_created on retrieval_evaluations (created_at);
create index retrieval_evaluations_by_status on retrieval_evaluations (status);

create table retrieval_evaluation_results (
    evaluation_id uuid not null references retrieval_evaluations (id) on delete cascade,
    mode          varchar(20) not null,
    ordinal       integer not null,
    ndcg10        double precision not null,
    recall10      double precision not null,
    recall100     double precision not null,
    mrr10         double precision not null,
    p50_ms        double precision not null,
    p95_ms        double precision not null,
    primary key (evaluation_id, mode)
);
