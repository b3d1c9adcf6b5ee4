-- The GIN indexes of the searchable tables' `search` columns (V16, V19) serve no query of the service:
-- under forced row-level security `@@` is not leakproof, so the runtime role's searches never use them
-- as index conditions; they narrow through portal.search_words (V23) and match `search` row by row.
-- Every write to those tables kept them up to date for nothing.
drop index portal.clients_words_idx;
drop index portal.projects_words_idx;
drop index portal.tasks_words_idx;
drop index portal.project_updates_words_idx;
drop index portal.task_comments_words_idx;
drop index portal.asks_words_idx;
