-- owned by the identity module: keys for integrations; only the SHA-256 of the secret is kept
create table api_keys (
    id           uuid primary key,
    username     varchar(100) not null references users (username) on delete cascade,
    name         varchar(200) not null,
    hint         varchar(20) not null,
    secret_hash  varchar(64) not null unique,
    scopes       varchar(100) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create index api_keys_by_user on api_keys (username);
