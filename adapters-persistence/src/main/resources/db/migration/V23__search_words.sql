-- The agency's search and the client list's text filter at a million rows per tenant.
--
-- Under forced row-level security PostgreSQL evaluates a condition before the policies only when its
-- operator is leakproof, and neither `@@` nor LIKE/ILIKE nor the trigram operators are: the GIN and
-- trigram indexes of the searchable tables can never be index conditions for the runtime role, so
-- every text search read every row of the tenant. Text comparisons (`>=`, `<`) and uuid equality are
-- leakproof. So each searchable row's words are kept, one row a word, in portal.search_words, and a
-- word prefix becomes a btree range on it: `word >= 'harb' and word < 'harb' || U+10FFFF` under the
-- "C" collation. The table only narrows a search to candidate ids: every hit is still read from its
-- own table under that table's own policies (and, for the search, matched against its `search` column
-- again), so the table holds no text of a record beyond its words and decides no visibility.
--
-- The words of a row are the lexemes of its `search` column (V16), and for a client also the parts of
-- its email address ('boss@northwind.test': boss, northwind, test), which the parser reads as one
-- token. Triggers keep them as the rows are written, in the writing statement's transaction.

create table portal.search_words (
    tenant_id uuid not null,
    type      text not null,
    word      text collate "C" not null,
    id        uuid not null,
    primary key (tenant_id, type, word, id)
);

-- A row's words, for replacing them when it changes.
create index search_words_row_idx on portal.search_words (tenant_id, type, id, word);

comment on table portal.search_words is
    'The words of every searchable row, one row a word, for btree prefix ranges (V23). Narrows a search to ids; the hits are read from their own tables.';

alter table portal.search_words enable row level security;
alter table portal.search_words force row level security;

-- The agency reads its own words. The portal never reads them (its search starts from its client's
-- own rows), but what a contact files (task requests, comments, asks) is indexed in the contact's
-- transaction, so the portal may add words of its tenant for those types, and nothing else.
-- (The audience test in coalesce, as for the clients below: estimated at half the rows, not 0.5 %.)
create policy search_words_agency on portal.search_words
    using (tenant_id = portal.current_tenant() and coalesce(portal.current_audience() = 'agency', false))
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy search_words_portal_insert on portal.search_words for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and type in ('task', 'comment', 'ask'));

-- The trigger's argument is the row's search type (SearchType's wire name).
create function portal.index_search_words() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    words text[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from portal.search_words
        where tenant_id = old.tenant_id and type = tg_argv[0] and id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        words := tsvector_to_array(new.search);
        if tg_table_name = 'clients' then
            words := words || tsvector_to_array(to_tsvector('portal.simple_unaccent',
                    translate(coalesce(new.email, ''), '@.+_-', '     ')));
        end if;
        insert into portal.search_words (tenant_id, type, word, id)
        select distinct new.tenant_id, tg_argv[0], w, new.id from unnest(words) w;
    end if;
    return null;
end
$$;

-- Fired by the tables' writes, never called: the runtime role needs no privilege on it.
revoke all on function portal.index_search_words() from public;

create trigger clients_search_words after insert or delete on portal.clients
    for each row execute function portal.index_search_words('client');
create trigger clients_search_words_changed after update on portal.clients
    for each row when (old.search is distinct from new.search) execute function portal.index_search_words('client');
create trigger projects_search_words after insert or delete on portal.projects
    for each row execute function portal.index_search_words('project');
create trigger projects_search_words_changed after update on portal.projects
    for each row when (old.search is distinct from new.search) execute function portal.index_search_words('project');
create trigger tasks_search_words after insert or delete on portal.tasks
    for each row execute function portal.index_search_words('task');
create trigger tasks_search_words_changed after update on portal.tasks
    for each row when (old.search is distinct from new.search) execute function portal.index_search_words('task');
create trigger project_updates_search_words after insert or delete on portal.project_updates
    for each row execute function portal.index_search_words('update');
create trigger project_updates_search_words_changed after update on portal.project_updates
    for each row when (old.search is distinct from new.search) execute function portal.index_search_words('update');
create trigger task_comments_search_words after insert or delete on portal.task_comments
    for each row execute function portal.index_search_words('comment');
create trigger task_comments_search_words_changed after update on portal.task_comments
    for each row when (old.search is distinct from new.search) execute function portal.index_search_words('comment');
create trigger asks_search_words after insert or delete on portal.asks
    for each row execute function portal.index_search_words('ask');
create trigger asks_search_words_changed after update on portal.asks
    for each row when (old.search is distinct from new.search) execute function portal.index_search_words('ask');

-- The words of the rows already there, of every agency: forced row-level security is off for the
-- tables read and written, for this transaction's statements only.
alter table portal.search_words no force row level security;
alter table portal.clients no force row level security;
alter table portal.projects no force row level security;
alter table portal.tasks no force row level security;
alter table portal.project_updates no force row level security;
alter table portal.task_comments no force row level security;
alter table portal.asks no force row level security;

insert into portal.search_words (tenant_id, type, word, id)
select distinct c.tenant_id, 'client', w, c.id from portal.clients c,
    unnest(tsvector_to_array(c.search) || tsvector_to_array(to_tsvector('portal.simple_unaccent',
        translate(coalesce(c.email, ''), '@.+_-', '     ')))) w;
insert into portal.search_words (tenant_id, type, word, id)
select distinct t.tenant_id, 'project', w, t.id from portal.projects t, unnest(tsvector_to_array(t.search)) w;
insert into portal.search_words (tenant_id, type, word, id)
select distinct t.tenant_id, 'task', w, t.id from portal.tasks t, unnest(tsvector_to_array(t.search)) w;
insert into portal.search_words (tenant_id, type, word, id)
select distinct t.tenant_id, 'update', w, t.id from portal.project_updates t, unnest(tsvector_to_array(t.search)) w;
insert into portal.search_words (tenant_id, type, word, id)
select distinct t.tenant_id, 'comment', w, t.id from portal.task_comments t, unnest(tsvector_to_array(t.search)) w;
insert into portal.search_words (tenant_id, type, word, id)
select distinct t.tenant_id, 'ask', w, t.id from portal.asks t, unnest(tsvector_to_array(t.search)) w;

alter table portal.search_words force row level security;
alter table portal.clients force row level security;
alter table portal.projects force row level security;
alter table portal.tasks force row level security;
alter table portal.project_updates force row level security;
alter table portal.task_comments force row level security;
alter table portal.asks force row level security;

-- The client list's text filter matches word prefixes through portal.search_words now; the trigram
-- index of V3, which the runtime role could never use, only slowed every write.
drop index portal.clients_search_idx;

-- The planner estimated the clients' two permissive policies, ORed, at ~0.5 % of the rows (an
-- equality on a setting it cannot know: the default selectivity), so at tens of thousands of clients
-- it chose to read and sort the whole tenant rather than walk a list order's index and stop after one
-- page. The same test, wrapped in coalesce (null and false both hide the row, as before), is an
-- expression it estimates at half the rows.
alter policy clients_agency on portal.clients
    using (tenant_id = portal.current_tenant() and coalesce(portal.current_audience() = 'agency', false))
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.search_words', 'select, insert, delete',
     'searches read word ranges; the tables'' triggers replace a row''s words as it is written');
