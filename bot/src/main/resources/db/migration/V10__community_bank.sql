-- A community's own bank: its decks, its entries and the bundled entries it hid. Every change takes
-- the next revision from community_clock under a row lock, so changes commit in revision order and
-- another process catches up by reading the rows newer than the last revision it applied.
create table community_clock (
    id              int          not null primary key,
    rev             bigint       not null
);
insert into community_clock (id, rev) values (1, 0);

create table community_deck (
    community       varchar(128) not null,
    name            varchar(200) not null,
    source          varchar(1000) not null,
    licence         varchar(4000) not null,
    created_at      bigint       not null,
    primary key (community, name)
);

create table community_entry (
    id              varchar(64)  not null primary key,
    community       varchar(128) not null,
    deck            varchar(200) not null,
    ordinal         int          not null,
    line            int          not null,
    question        varchar(2000) not null,
    answer          varchar(8000) not null,
    tags            varchar(1000) not null,
    removed         boolean      not null,
    rev             bigint       not null,
    updated_at      bigint       not null
);
create index community_entry_rev on community_entry (rev);
create index community_entry_community on community_entry (community, removed);

create table community_hidden (
    community       varchar(128) not null,
    entry_id        varchar(128) not null,
    hidden          boolean      not null,
    rev             bigint       not null,
    primary key (community, entry_id)
);
create index community_hidden_rev on community_hidden (rev);
