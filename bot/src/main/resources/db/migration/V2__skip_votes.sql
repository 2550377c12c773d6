-- Votes to skip the question on screen, shared by every process serving the channel.
create table skip_votes (
    round_id        varchar(64)  not null,
    question_no     int          not null,
    user_id         varchar(128) not null,
    primary key (round_id, question_no, user_id)
);
