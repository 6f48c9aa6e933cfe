-- owned by the studio module: conversations of grounded answers, so that follow-up questions see the history.
create table studio_conversations (
    id           uuid primary key,
    workspace_id uuid not null,
    title        varchar(200) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index studio_conversations_by_workspace on studio_conversations (workspace_id, updated_at);

-- one row per question or answer; an answer keeps its citations as JSON (answer_json)
create table studio_messages (
    conversation_id uuid not null references studio_conversations (id) on delete cascade,
    ordinal         integer not null,
    role            varchar(20) not null,
    content         varchar(100000) not null,
    answer_json     varchar(500000),
    created_at      timestamp with time zone not null,
    primary key (conversation_id, ordinal)
);
