package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.search.SearchSort;
import org.clientportal.application.search.SearchType;
import org.clientportal.application.search.Snippet;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.update.ProjectUpdate;

/**
 * Search as a plain scan of the fakes: a record matches when every word of the text starts one of
 * its words, accents and case ignored. It ranks a word found in a title at 1 and one found only in
 * the rest at 0.4, as the database's weights do; PostgreSQL's own ranking (covers, repeated words),
 * phrases, {@code or} and {@code -word} are not imitated, and the contract holds both only to what
 * they share. The snippet is the whole text, every matching word highlighted.
 */
public final class InMemorySearchIndex implements SearchIndex {

    private static final float TITLE_WEIGHT = 1.0f;
    private static final float BODY_WEIGHT = 0.4f;

    /** One searchable record: where it belongs, whether a client's contacts may see it, and its text. */
    private record Document(SearchType type, UUID id, TenantId tenant, Predicate<ClientId> sharedWith,
                            Optional<String> key, String title, String titleText, String body) {
    }

    private final InMemoryClientRepository clients;
    private final InMemoryProjectRepository projects;
    private final InMemoryTaskRepository tasks;
    private final InMemoryUpdateRepository updates;
    private final InMemoryCommentRepository comments;
    private final InMemoryAskRepository asks;

    public InMemorySearchIndex(InMemoryClientRepository clients, InMemoryProjectRepository projects,
                               InMemoryTaskRepository tasks, InMemoryUpdateRepository updates,
                               InMemoryCommentRepository comments, InMemoryAskRepository asks) {
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.updates = updates;
        this.comments = comments;
        this.asks = asks;
    }

    @Override
    public Page<SearchHit> search(TenantId tenant, SearchQuery query, PageRequest<SearchSort> page) {
        List<String> words = FoldedWords.of(query.text());
        Comparator<Position> order = Comparator.comparing((Position p) -> -((SortValue.Relevance) p.key()).rank())
                .thenComparing(p -> ((SortValue.Relevance) p.key()).type())
                .thenComparing(Position::id, Keyset.POSTGRES_ORDER);
        List<SearchHit> hits = documents()
                .filter(d -> d.tenant().equals(tenant) && query.includes(d.type()))
                .filter(d -> query.sharedWith().map(d.sharedWith()::test).orElse(true))
                .flatMap(d -> hit(d, words).stream())
                .filter(h -> page.after().map(after -> order.compare(h.position(), after) > 0).orElse(true))
                .sorted(Comparator.comparing(SearchHit::position, order))
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetch(hits, page, SearchHit::position);
    }

    private Stream<Document> documents() {
        return Stream.of(
                clients.all().stream().map(this::client),
                projects.all().stream().map(this::project),
                tasks.all().stream().map(this::task),
                updates.all().stream().map(this::update),
                comments.all().stream().flatMap(c -> comment(c).stream()),
                asks.all().stream().map(this::ask)).flatMap(s -> s);
    }

    private Document client(Client c) {
        String body = String.join(" ", c.profile().company().orElse(""),
                c.profile().email().map(EmailAddress::value).orElse(""));
        return new Document(SearchType.CLIENT, c.id().value(), c.tenantId(), client -> false, Optional.empty(),
                c.profile().name(), c.profile().name(), body);
    }

    private Document project(Project p) {
        return new Document(SearchType.PROJECT, p.id().value(), p.tenantId(),
                client -> p.clientId().equals(client) && p.isVisibleToClient(), Optional.empty(), p.details().name(),
                p.details().name(), p.details().description().orElse(""));
    }

    private Document task(Task t) {
        return new Document(SearchType.TASK, t.id().value(), t.tenantId(),
                client -> t.clientId().equals(client) && t.details().visibility() == Visibility.CLIENT
                        && projectShared(t.tenantId(), t.projectId().value()),
                Optional.of(t.key().value()), t.details().title(), t.key().value() + " " + t.details().title(),
                t.details().description().orElse(""));
    }

    private Document update(ProjectUpdate u) {
        return new Document(SearchType.UPDATE, u.id().value(), u.tenantId(),
                client -> u.clientId().equals(client) && u.isVisibleToClient()
                        && projectShared(u.tenantId(), u.projectId().value()),
                Optional.empty(), firstLine(u.body()), "", u.body());
    }

    /** A comment is found by its task's key; the portal finds it only where it sees the comment and its task. */
    private Optional<Document> comment(TaskComment c) {
        return tasks.all().stream().filter(t -> t.tenantId().equals(c.tenantId()) && t.id().equals(c.taskId()))
                .findFirst()
                .map(t -> new Document(SearchType.COMMENT, c.id().value(), c.tenantId(),
                        client -> c.clientId().equals(client) && c.visibility() == Visibility.CLIENT
                                && task(t).sharedWith().test(client),
                        Optional.of(t.key().value()), firstLine(c.body()), "", c.body()));
    }

    private Document ask(Ask a) {
        return new Document(SearchType.ASK, a.id().value(), a.tenantId(),
                client -> a.clientId().equals(client) && a.isVisibleToClient(), Optional.of(a.key().value()),
                a.title(), a.key().value() + " " + a.title(), a.description().orElse(""));
    }

    /** As {@code left(split_part(body, E'\n', 1), 200)}: code points, as PostgreSQL counts. */
    private static String firstLine(String body) {
        String line = body.split("\n", -1)[0];
        return line.codePoints().limit(SearchHit.TITLE_MAX)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private boolean projectShared(TenantId tenant, UUID project) {
        return projects.all().stream().anyMatch(p -> p.tenantId().equals(tenant) && p.id().value().equals(project)
                && p.isVisibleToClient());
    }

    private static Optional<SearchHit> hit(Document d, List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> titleWords = FoldedWords.of(d.titleText());
        List<String> bodyWords = FoldedWords.of(d.body());
        float rank = 0;
        for (String word : words) {
            if (FoldedWords.anyStartsWith(titleWords, word)) {
                rank += TITLE_WEIGHT;
            } else if (FoldedWords.anyStartsWith(bodyWords, word)) {
                rank += BODY_WEIGHT;
            } else {
                return Optional.empty();
            }
        }
        String text = d.titleText().isEmpty() ? d.body() : d.titleText() + "\n" + d.body();
        return Optional.of(new SearchHit(d.type(), d.id(), d.key(), d.title(), snippet(text.strip(), words), rank));
    }

    private static Snippet snippet(String text, List<String> words) {
        List<Snippet.Part> parts = new ArrayList<>();
        Matcher m = FoldedWords.WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            String folded = FoldedWords.fold(m.group());
            if (words.stream().anyMatch(folded::startsWith)) {
                if (m.start() > at) {
                    parts.add(new Snippet.Part(text.substring(at, m.start()), false));
                }
                parts.add(new Snippet.Part(m.group(), true));
                at = m.end();
            }
        }
        if (at < text.length()) {
            parts.add(new Snippet.Part(text.substring(at), false));
        }
        return new Snippet(parts);
    }
}
