-- owned by the studio module: a user's thumbs up or down on an answer, kept to find where answers go wrong.
-- One rating per answer (the latest wins); it goes with its message when the conversation is deleted.
create table studio_answer_feedback (
    conversation_id uuid not null,
    ordinal         integer not null,
    rating          varchar(10) not null,
    comment         varchar(2000),
    created_at      timestamp with time zone not null,
    primary key (conversation_id, ordinal),
    foreign key (conversation_id, ordinal) references studio_messages (conversation_id, ordinal) on delete cascade
);
