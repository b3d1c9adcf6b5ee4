package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One collection of the API (clients, projects, tasks, …) and the verbs the CLI has on it, so that each
 * command only says which options become which fields.
 */
final class Resource {

    private final Context context;
    private final String path;
    private final List<Column> columns;
    private final List<Column> details;

    Resource(Context context, String path, List<Column> columns, List<Column> details) {
        this.context = context;
        this.path = path;
        this.columns = columns;
        this.details = details;
    }

    void list(Query query, ListOptions options) {
        listAt(path, query, options);
    }

    void show(String id, OutputOptions options) {
        print(context.api().get(item(id)).json(), options);
    }

    void create(ObjectNode body, OutputOptions options) {
        post(path, body, options);
    }

    /** A POST whose answer is a record of this collection, printed as {@link #show} prints one. */
    void post(String target, ObjectNode body, OutputOptions options) {
        print(context.api().post(target, body).json(), options);
    }

    /** A list of this collection's records that the API serves under another path, such as a client's contacts. */
    void listAt(String target, Query query, ListOptions options) {
        options.validate();
        context.printer().list(Pager.collect(context.api(), target, query, options), columns, options);
    }

    /**
     * Reads the record, then sends the changes with {@code If-Match} of what it read (or of the version
     * {@code --if-version} names): a change made meanwhile is a 412, not overwritten.
     */
    void edit(String id, ObjectNode changes, IfVersion ifVersion, OutputOptions options) {
        requireChanges(changes);
        ApiClient api = context.api();
        String etag = ifVersion.etag() != null ? ifVersion.etag() : api.get(item(id)).header("ETag");
        print(api.patch(item(id), changes, etag).json(), options);
    }

    /**
     * A change to a record the API has no read of its own for (a time entry, a budget): guarded only by the
     * version {@code --if-version} names, else applied to whatever is current.
     */
    void change(String id, ObjectNode changes, IfVersion ifVersion, OutputOptions options) {
        requireChanges(changes);
        print(context.api().patch(item(id), changes, ifVersion.etag()).json(), options);
    }

    /** Deletes what {@code target} names (a record, or something of it such as a contact's portal access) and says so. */
    void delete(String target, IfVersion ifVersion, String done) {
        context.api().delete(target, ifVersion.etag());
        context.printer().line(done);
    }

    /** A list the API answers whole, never paged ({@code {"items": [...]}}), printed as any other list. */
    void listWhole(String target, ListOptions options) {
        options.validate();
        List<JsonNode> items = new ArrayList<>();
        context.api().get(target).json().path("items").forEach(items::add);
        boolean capped = options.limit != null && items.size() > options.limit;
        context.printer().list(new Pager.Page(capped ? items.subList(0, options.limit) : items, null), columns, options);
    }

    private static void requireChanges(ObjectNode changes) {
        if (changes.isEmpty()) {
            throw CliFailure.usage("error: nothing to change: give at least one option (see --help)");
        }
    }

    void move(String id, String to, String reason, OutputOptions options) {
        ObjectNode body = Json.object().put("to", to);
        Json.putIfGiven(body, "reason", reason);
        post(item(id) + "/transitions", body, options);
    }

    String item(String id) {
        return path + "/" + segment(id);
    }

    void print(JsonNode record, OutputOptions options) {
        context.printer().record(record, details, options);
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
