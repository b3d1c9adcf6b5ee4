package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request gets an id, echoed in X-Request-Id, put into the logging context and the audit.
 * A caller's own id is kept when it is short and plain, so traces can cross systems.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "portal.requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

    private RequestIds() {
    }

    public static void assign(Context ctx) {
        String id = idFor(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        // A fresh context: nothing a previous request on this thread left (its tenant, say) carries over.
        MDC.setContextMap(Map.of(MDC_KEY, id));
    }

    /** The caller's own id when it is acceptable, else a new one; also for answers Javalin never sees. */
    public static String idFor(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "unknown" : id;
    }
}
