-- owned by the identity module: API requests per caller and minute, summed over the replicas when
-- lectern.security.rate-limit-sync is set. Unlogged: counts need no crash safety, and writes skip the WAL.
create unlogged table rate_limit_windows (
    caller       varchar(300) not null,
    window_start bigint not null,
    hits         bigint not null,
    primary key (caller, window_start)
);
