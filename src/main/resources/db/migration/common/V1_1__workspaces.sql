-- owned by the workspaces module
create table workspaces (
    id         uuid primary key,
    name       varchar(200) not null,
    created_at timestamp with time zone not null
);
