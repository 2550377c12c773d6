-- Leaderboards read one row per player and public round instead of every answer: the round's
-- community and channel, the player's first and last graded answer in it, and their totals. A board
-- counts a row whole when both answers lie inside its period; a round that straddles the period's
-- start or end (a season reset during a round, a round across midnight) is totalled from its
-- answers, so the boards stay exactly what they were. Kept by the answer's own transaction.
create table board_totals (
    round_id        varchar(64)  not null,
    user_id         varchar(128) not null,
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    channel         varchar(128) not null,
    first_at        bigint       not null,
    last_at         bigint       not null,
    answers         int          not null,
    correct         int          not null,
    points          int          not null,
    best_streak     int          not null,
    -- the greatest name the player answered under in the round, as max(user_name) over the answers
    user_name       varchar(200) not null,
    primary key (round_id, user_id)
);
-- Every column a board reads, so PostgreSQL totals a board from the index alone.
create index board_totals_board on board_totals
    (platform, community, first_at, last_at, user_id, channel, points, correct, answers, best_streak, user_name);
-- Rounds straddling a period's start: found in the index alone (few rows end after it, fewer began before).
create index board_totals_last on board_totals (platform, community, last_at, first_at);
create index board_totals_user on board_totals (user_id);

insert into board_totals (round_id, user_id, platform, community, channel, first_at, last_at, answers, correct,
        points, best_streak, user_name)
    select a.round_id, a.user_id, r.platform, r.community, r.channel, min(a.answered_at), max(a.answered_at),
        count(*), sum(case when a.correct then 1 else 0 end), sum(a.points), max(a.streak), max(a.user_name)
    from answers a join rounds r on r.id = a.round_id
    where r.personal = false and a.graded = true
    group by a.round_id, a.user_id, r.platform, r.community, r.channel;

-- The same per player over all their rounds in the community (rounds: how many): an all-time
-- server board reads one row per player instead of one per round played. Kept with board_totals.
create table board_players (
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    user_id         varchar(128) not null,
    first_at        bigint       not null,
    last_at         bigint       not null,
    answers         int          not null,
    correct         int          not null,
    points          bigint       not null,
    rounds          int          not null,
    best_streak     int          not null,
    user_name       varchar(200) not null,
    primary key (platform, community, user_id)
);
-- An all-time board in its order: the first rows of the index are the board.
create index board_players_rank on board_players (platform, community, points desc, correct desc, answers, user_name, user_id);
create index board_players_first on board_players (platform, community, first_at);
create index board_players_last on board_players (platform, community, last_at);

insert into board_players (platform, community, user_id, first_at, last_at, answers, correct, points, rounds,
        best_streak, user_name)
    select platform, community, user_id, min(first_at), max(last_at), sum(answers), sum(correct), sum(points),
        count(*), max(best_streak), max(user_name)
    from board_totals
    group by platform, community, user_id;

-- A community's boards change with every answer and group membership change, in any process: a
-- cache keeps a board while the community's version stays the same (one primary-key read per page).
create table board_versions (
    platform        varchar(16)  not null,
    community       varchar(128) not null,
    version         bigint       not null,
    primary key (platform, community)
);
