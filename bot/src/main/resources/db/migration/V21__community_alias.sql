-- An alternate wording ("This is the one") points at the entry it answers from: a community entry's
-- id or a bundled entry's id. Search takes the answer and tags from that entry; null for every other
-- entry (and for alternate wordings stored as copies before this column).
alter table community_entry add column alias_of varchar(128);
create index community_entry_alias on community_entry (community, alias_of);
