-- Every accepted answer of an entry imported from a trivia deck (question: [accepted answers]), one
-- per line, so the entry can play as a typed quiz question; empty for every other entry.
alter table community_entry add column accepted varchar(4000) default '' not null;
