-- Users who sign in through single sign-on have no password.
alter table users alter column password_hash drop not null;

-- The provider's subject names the local account, not a name claim: a provider user who happens to be called
-- like a local account must not take it over, and a renamed provider user keeps their account.
create table user_external_subjects (
    issuer     varchar(500) not null,
    subject    varchar(255) not null,
    username   varchar(100) not null references users (username),
    linked_at  timestamp with time zone not null,
    primary key (issuer, subject)
);
