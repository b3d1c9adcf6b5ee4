package org.clientportal.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientportal.application.apikey.ListApiKeys;
import org.clientportal.application.audit.ListAuditEvents;
import org.clientportal.application.capacity.ListTimeEntries;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.operator.ListOperators;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.SortField;
import org.clientportal.application.task.SearchTasks;
import org.junit.jupiter.api.Test;

/** docs/http-api.md names the sort fields and the default order of every list as the code has them. */
class ListOrdersDocsTest {

    private static final Path HTTP_DOC = Path.of("..", "docs", "http-api.md");

    @Test
    void theListOrdersTableInTheDocsIsTheOneInTheCode() throws IOException {
        Map<String, Listing<?>> lists = new LinkedHashMap<>();
        lists.put("/api/v1/clients", SearchClients.LISTING);
        lists.put("/api/v1/projects", SearchProjects.LISTING);
        lists.put("/api/v1/tasks", SearchTasks.LISTING);
        lists.put("/api/v1/audit-events", ListAuditEvents.LISTING);
        lists.put("/api/v1/operators", ListOperators.LISTING);
        lists.put("/api/v1/api-keys", ListApiKeys.LISTING);
        lists.put("/api/v1/time-entries", ListTimeEntries.LISTING);

        StringBuilder rendered = new StringBuilder("| list | `sort` takes | without `sort` |\n|---|---|---|");
        lists.forEach((path, listing) -> rendered.append("\n| `GET ").append(path).append("` | ")
                .append(fields(listing)).append(" | `").append(listing.defaultSort().wireName()).append("` |"));

        assertThat(section("list-orders")).isEqualTo(rendered.toString());
    }

    private static <F extends Enum<F> & SortField> String fields(Listing<F> listing) {
        return EnumSet.allOf(listing.fields()).stream().map(f -> "`" + f.wireName() + "`")
                .collect(Collectors.joining(", "));
    }

    /** The lines between the markers, without the indentation of the list item they sit in. */
    private static String section(String name) throws IOException {
        String doc = Files.readString(HTTP_DOC);
        int from = doc.indexOf("<!-- " + name + ":start -->");
        int to = doc.indexOf("<!-- " + name + ":end -->");
        assertThat(from).as("docs/http-api.md has the section " + name).isNotNegative();
        return doc.substring(doc.indexOf('\n', from) + 1, to).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }
}
