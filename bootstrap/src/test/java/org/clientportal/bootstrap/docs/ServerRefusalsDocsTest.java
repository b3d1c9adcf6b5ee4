package org.clientportal.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clientportal.adapters.http.web.Problem;
import org.clientportal.adapters.http.web.Refusals;
import org.junit.jupiter.api.Test;

/** docs/http-api.md lists the server's own refusals exactly as the code makes them, and no others exist. */
class ServerRefusalsDocsTest {

    private static final Path HTTP_DOC = Path.of("..", "docs", "http-api.md");

    @Test
    void theRefusalsTableInTheDocsIsTheOneInTheCode() throws IOException {
        String rendered = Stream.concat(Stream.of("| status | code | title | detail |", "|---|---|---|---|"),
                        Refusals.all().stream().map(problem -> "| " + problem.status() + " | `" + problem.code() + "` | "
                                + problem.title() + " | " + problem.detail() + " |"))
                .collect(Collectors.joining("\n"));

        assertThat(section("server-refusals")).isEqualTo(rendered);
    }

    @Test
    void everyErrorStatus_becomesADocumentedCode_neverOneMadeFromTheNumber() {
        var documented = Refusals.all().stream().map(Problem::code).collect(Collectors.toSet());

        assertThat(IntStream.rangeClosed(400, 599).mapToObj(Refusals::of)).allSatisfy(problem -> {
            assertThat(documented).contains(problem.code());
            assertThat(problem.code()).doesNotStartWith("http-" + problem.status());
        });
    }

    private static String section(String name) throws IOException {
        String doc = Files.readString(HTTP_DOC);
        String start = "<!-- " + name + ":start -->\n";
        String end = "\n<!-- " + name + ":end -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/http-api.md has the section " + name).isNotNegative();
        return doc.substring(from + start.length(), to);
    }
}
