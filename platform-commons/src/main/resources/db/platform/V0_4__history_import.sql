-- Which records of a house's previous system this service imported (nl.zvh.platform.history.HistoryLedger): the
-- previous system's registration number per house and kind, unique, so the same file twice imports once. Holds no
-- personal data; kept when the record itself is erased, so re-running an old file does not bring an erased person back.
create table history_import (
    house               text        not null,
    kind                text        not null,
    registration_number text        not null,
    record_id           text        not null,
    imported_at         timestamptz not null,
    imported_by         text        not null,
    primary key (house, kind, registration_number)
);
