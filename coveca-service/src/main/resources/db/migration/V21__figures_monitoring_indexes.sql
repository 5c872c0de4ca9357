-- Figures: life-domain averages per round read rounds by case and scores by round without touching the tables.
create index monitoring_round_case_cover on monitoring_round (case_id) include (id, round_no, scored_on);
create index monitoring_score_round_cover on monitoring_score (round_id) include (life_domain, score);
