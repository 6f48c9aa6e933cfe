-- owned by the identity module: local accounts; password_hash carries its algorithm ({bcrypt}...)
create table users (
    username      varchar(100) primary key,
    password_hash varchar(500) not null,
    role          varchar(16) not null,
    enabled       boolean not null,
    created_at    timestamp with time zone not null
);
