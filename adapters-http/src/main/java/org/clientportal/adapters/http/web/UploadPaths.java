package org.clientportal.adapters.http.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.clientportal.domain.attachment.Attachment;

/**
 * The routes that take file uploads, as the route table registers them. {@link BodyReception}
 * hands their bodies on unread, to be streamed part by part into the file store, instead of
 * receiving them whole in memory under the JSON bodies' limit; their own limit is
 * {@link #MAX_BODY_BYTES}.
 */
public final class UploadPaths {

    /** Every file a parent may hold at its largest, with room for the parts' headers and a few form fields. */
    public static final long MAX_BODY_BYTES = Attachment.MAX_PER_PARENT * Attachment.MAX_BYTES + 1024 * 1024;

    private final List<Pattern> paths = new CopyOnWriteArrayList<>();

    /** A route template in Javalin's syntax ({@code /api/v1/tasks/{key}/attachments}). */
    void add(String template) {
        paths.add(Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")));
    }

    /** Whether a request to this method and path is an upload. */
    public boolean matches(String method, String path) {
        return "POST".equals(method) && paths.stream().anyMatch(p -> p.matcher(path).matches());
    }
}
