-- Per-community settings of the study pages: whether the leaderboards are public (no link needed).
-- A community without a row keeps its boards link-only.
create table community_settings (
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    public_boards   boolean      not null,
    changed_by      varchar(128) not null,
    changed_at      bigint       not null,
    primary key (platform, community)
);
