-- Effect of the approach (issue 25): per person in an approach, the partners' periodic counts of incident reports per
-- category and quarter. Counts only: no report's content, no BSN (the person is the platform person id).
create table incident_count (
    id                  uuid primary key,
    house               varchar(40)  not null,
    person_id           uuid         not null,
    category            varchar(40)  not null,
    quarter_start       date         not null,
    reported            integer      not null,
    source_organisation varchar(200) not null,
    received_at         timestamptz  not null,
    constraint incident_count_once unique (house, person_id, category, quarter_start, source_organisation)
);
create index incident_count_person on incident_count (house, person_id);
