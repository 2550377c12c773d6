-- The weekly knowledge-gap digest of a community: where it is posted and when. One per community.
-- A digest is due when its next_run has come: the process whose "update ... where platform = ? and
-- community = ? and next_run = ?" moves next_run on posts it, so it is posted once however many
-- processes share the database.
create table gap_digest (
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    channel         varchar(128) not null,
    -- 1 (Monday) to 7
    day_of_week     int          not null,
    minute_of_day   int          not null,
    -- the community's zone when the digest was set (quiz timezone, else quiz.time-zone)
    zone            varchar(64)  not null,
    -- the language of the admin who set it; the digest speaks it
    locale          varchar(32)  not null,
    next_run        bigint       not null,
    primary key (platform, community)
);
create index gap_digest_due on gap_digest (next_run);
