-- Figures: a house's cases by start date (approaches per quarter) (docs/figures.md).
create index coveca_case_house_start on coveca_case (house, start_date);
