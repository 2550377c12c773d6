-- Leaderboards total the answers of a period per community. The period's answers are read from this
-- index alone (an index-only scan on PostgreSQL once the table is vacuumed), without visiting the
-- table; the rounds of a community, with what a board filters on, likewise.
create index answers_board on answers (answered_at, round_id, user_id, graded, correct, points, streak, user_name);
create index rounds_board on rounds (platform, community, personal, id, channel);
