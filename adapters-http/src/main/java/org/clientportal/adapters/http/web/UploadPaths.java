package org.clientportal.adapters.http.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.domain.attachment.Attachment;

/**
 * The routes that take file uploads, as the route table registers them, and how many uploads may
 * run at once. {@link BodyReception} hands their bodies on unread, to be streamed part by part into
 * the file store, instead of receiving them whole in memory under the JSON bodies' limit; their own
 * limit is {@link #MAX_BODY_BYTES}. A streamed upload holds a request thread for as long as its body
 * takes to arrive, so only a share of the threads may be uploading: the rest keep serving the API.
 */
public final class UploadPaths {

    private static final Duration RETRY_WHEN_BUSY = Duration.ofSeconds(5);

    /** Every file a parent may hold at its largest, with room for the parts' headers and a few form fields. */
    public static final long MAX_BODY_BYTES = Attachment.MAX_PER_PARENT * Attachment.MAX_BYTES + 1024 * 1024;

    private final List<Pattern> paths = new CopyOnWriteArrayList<>();
    private final int maxAtOnce;
    private final Semaphore slots;

    public UploadPaths(int maxAtOnce) {
        if (maxAtOnce < 1) {
            throw new IllegalArgumentException("at least one upload must be allowed at a time");
        }
        this.maxAtOnce = maxAtOnce;
        this.slots = new Semaphore(maxAtOnce);
    }

    /** A quarter of the request threads, and at least one. */
    public static UploadPaths forThreads(int maxThreads) {
        return new UploadPaths(Math.max(1, maxThreads / 4));
    }

    public int maxAtOnce() {
        return maxAtOnce;
    }

    /** Runs the upload if a slot is free, refusing it with 429 (retry in a few seconds) when none is. */
    <T> T inSlot(Callable<T> upload) throws Exception {
        if (!slots.tryAcquire()) {
            throw new TooManyRequests("uploads under way at once", RETRY_WHEN_BUSY);
        }
        try {
            return upload.call();
        } finally {
            slots.release();
        }
    }

    /** A route template in Javalin's syntax ({@code /api/v1/tasks/{key}/attachments}). */
    void add(String template) {
        paths.add(Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")));
    }

    /** Whether a request to this method and path is an upload. */
    public boolean matches(String method, String path) {
        return "POST".equals(method) && paths.stream().anyMatch(p -> p.matcher(path).matches());
    }
}
