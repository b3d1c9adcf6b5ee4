-- Full-text search over clients, projects, tasks and updates.
--
-- Each searchable table carries its own generated tsvector column with a GIN index, and a search is
-- one UNION ALL over those tables. So every hit is read from its own table under that table's own
-- row-level security policies: a portal search sees exactly the rows a portal list would (its
-- client's client-visible tasks of shared projects, ...), with no second copy of the rules to keep
-- in step. The columns are computed by PostgreSQL on every insert and update, so they cannot lag
-- behind the text they index, and the service needs no new privilege: no table, no function.
--
-- Words are matched accent-folded and case-folded, in no particular language (names, companies and
-- titles are in any language; 'simple' stems nothing and drops no stop words): portal.simple_unaccent
-- is the 'simple' configuration with the unaccent dictionary before it.

-- A trusted extension: the migrating role may create it without being a superuser. It lives outside
-- the portal schema, whose every function the runtime role's privilege list accounts for.
create extension if not exists unaccent with schema public;

-- Wherever the extension was installed before (some hosts keep extensions in a schema of their own),
-- the dictionary is named by its schema.
do $$
declare
    dictionary text;
begin
    select format('%I.unaccent', n.nspname) into strict dictionary
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    create text search configuration portal.simple_unaccent (copy = pg_catalog.simple);
    execute format('alter text search configuration portal.simple_unaccent'
                   ' alter mapping for word, hword, hword_part, asciiword, asciihword, hword_asciipart'
                   ' with %s, simple', dictionary);
end
$$;

comment on text search configuration portal.simple_unaccent is
    'Search words: accents folded (unaccent), then lower-cased (simple); no stemming, no stop words.';

-- Weights rank a hit in a title (A) above one in a body (B), and that above an address (C).
alter table portal.clients add column search tsvector generated always as (
    setweight(to_tsvector('portal.simple_unaccent', name), 'A')
    || setweight(to_tsvector('portal.simple_unaccent', coalesce(company, '')), 'B')
    || setweight(to_tsvector('portal.simple_unaccent', coalesce(email, '')), 'C')) stored;

alter table portal.projects add column search tsvector generated always as (
    setweight(to_tsvector('portal.simple_unaccent', name), 'A')
    || setweight(to_tsvector('portal.simple_unaccent', coalesce(description, '')), 'B')) stored;

alter table portal.tasks add column search tsvector generated always as (
    setweight(to_tsvector('portal.simple_unaccent', key || ' ' || title), 'A')
    || setweight(to_tsvector('portal.simple_unaccent', coalesce(description, '')), 'B')) stored;

alter table portal.project_updates add column search tsvector generated always as (
    setweight(to_tsvector('portal.simple_unaccent', body), 'B')) stored;

create index clients_words_idx on portal.clients using gin (search);
create index projects_words_idx on portal.projects using gin (search);
create index tasks_words_idx on portal.tasks using gin (search);
create index project_updates_words_idx on portal.project_updates using gin (search);
