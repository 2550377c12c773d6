-- 👍/👎 on answers, shared by every process: one verdict per user and entry, the last click counts.
create table answer_feedback (
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    user_id         varchar(128) not null,
    entry_id        varchar(128) not null,
    helpful         boolean      not null,
    at              bigint       not null,
    primary key (platform, community, user_id, entry_id)
);
create index answer_feedback_entry on answer_feedback (entry_id);
