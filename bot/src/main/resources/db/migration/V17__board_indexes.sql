-- Leaderboards total a community's answers per player. With every column a board reads in the
-- player's index, PostgreSQL totals them from the index alone (an index-only scan in player order,
-- no visit to the table); it replaces the narrower (user_id, answered_at) index, whose queries it
-- serves as well.
create index answers_user_board on answers (user_id, answered_at, graded, round_id, points, correct, streak, user_name);
drop index answers_user;
