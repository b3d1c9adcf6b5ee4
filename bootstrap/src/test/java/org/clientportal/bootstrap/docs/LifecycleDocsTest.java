package org.clientportal.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskClassifications;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

/** docs/domain.md shows the transition tables exactly as the code has them. */
class LifecycleDocsTest {

    private static final Path DOMAIN_DOC = Path.of("..", "docs", "domain.md");

    @Test
    void theClientTableInTheDocsIsTheOneInTheCode() throws IOException {
        assertThat(section("client-lifecycle")).isEqualTo(render(ClientLifecycle.MOVES, ClientStatus.values()));
    }

    @Test
    void theProjectTableInTheDocsIsTheOneInTheCode() throws IOException {
        assertThat(section("project-lifecycle")).isEqualTo(render(ProjectLifecycle.MOVES, ProjectStatus.values()));
    }

    @Test
    void theTaskTableInTheDocsIsTheOneInTheCode() throws IOException {
        assertThat(section("task-lifecycle")).isEqualTo(render(TaskLifecycle.MOVES, TaskStatus.values()));
    }

    @Test
    void theAskClassificationTableInTheDocsIsTheOneInTheCode() throws IOException {
        assertThat(section("ask-classification")).isEqualTo(render(AskClassifications.MOVES,
                AskClassification.values()));
    }

    private static <S extends Enum<S>> String render(Lifecycle<S> lifecycle, S[] statuses) {
        return Stream.concat(Stream.of("| from | allowed moves |", "|---|---|"),
                Stream.of(statuses).map(from -> "| " + Lifecycle.wireName(from) + " | "
                        + (lifecycle.allowedFrom(from).isEmpty() ? "— (final)"
                        : lifecycle.allowedFrom(from).stream().map(Lifecycle::wireName).collect(Collectors.joining(", ")))
                        + " |"))
                .collect(Collectors.joining("\n"));
    }

    private static String section(String name) throws IOException {
        String doc = Files.readString(DOMAIN_DOC);
        String start = "<!-- " + name + ":start -->\n";
        String end = "\n<!-- " + name + ":end -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/domain.md has the section " + name).isNotNegative();
        return doc.substring(from + start.length(), to);
    }
}
