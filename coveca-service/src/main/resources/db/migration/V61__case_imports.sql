-- Cases taken over from a house's previous system (issue 25, docs/history-import.md): the previous system's
-- registration number, unique per house, so that the same file twice imports once.
create table case_import (
    house               varchar(50)  not null,
    registration_number varchar(100) not null,
    case_id             uuid         not null references coveca_case (id) on delete cascade,
    imported_at         timestamptz  not null,
    imported_by         varchar(100) not null,
    primary key (house, registration_number)
);
create index case_import_case on case_import (case_id);
