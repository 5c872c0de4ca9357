-- Break-glass grants: a user's time-limited emergency access to one record, with the mandatory reason.
create table break_glass_grant (
    id            uuid          primary key,
    resource_type varchar(60)   not null,
    resource_id   varchar(100)  not null,
    person_refs   varchar(4000),
    user_id       varchar(100)  not null,
    user_name     varchar(200),
    organisation  varchar(200),
    house         varchar(50)   not null,
    roles         varchar(500),
    reason        varchar(1000) not null,
    granted_at    timestamptz   not null,
    expires_at    timestamptz   not null
);
create index break_glass_grant_user on break_glass_grant (user_id, resource_type, resource_id, expires_at);
create index break_glass_grant_house on break_glass_grant (house, granted_at);
