-- The functional admin switches problem areas on and off for the own house (the list itself is national). A house
-- without a row for a problem area offers it; a switch is checked against the version the admin saw.
create table house_problem_area (
    house   varchar(50) not null references house (code),
    code    varchar(40) not null references problem_area (code),
    active  boolean     not null,
    version integer     not null default 0,
    primary key (house, code)
);
