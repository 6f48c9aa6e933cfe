-- owned by the workspaces module: who may use a workspace, and as what
create table workspace_members (
    workspace_id uuid not null references workspaces (id) on delete cascade,
    username     varchar(100) not null,
    role         varchar(16) not null,
    primary key (workspace_id, username)
);
create index workspace_members_by_user on workspace_members (username);
