-- The process director's name as people read it (the token's `name` claim), for the pages; process_director_name
-- keeps the login name the API has always returned. Null for cases assigned before this column existed.
alter table coveca_case add column process_director_display_name varchar(200);
