-- Daily questions: each is a one-question round (in the rounds table, under the channel key plus
-- "/daily") open until the next morning's firing. This table says which rounds are daily
-- questions and for which local day, for the daily streaks on the boards.
create table daily_rounds (
    round_id        varchar(64)  primary key,
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    channel         varchar(128) not null,
    local_day       varchar(10)  not null
);
create index daily_rounds_place on daily_rounds (platform, community, local_day);
