package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import org.clientportal.domain.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one line each request Javalin answers leaves in the log, and the logging context every other
 * line of the request carries (request id, then tenant id once the caller is known). Its facts are
 * key-value pairs as well as text, so that a JSON encoder writes them as fields of their own.
 */
public final class RequestLog {

    private static final String TENANT_MDC_KEY = "tenantId";

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    private RequestLog() {
    }

    /** The caller's tenant, once authentication has resolved it. */
    public static void tenant(TenantId tenant) {
        MDC.put(TENANT_MDC_KEY, tenant.toString());
    }

    /** Writes the request's line, then empties the thread's logging context for the next request. */
    public static void write(Context ctx, String route, float millis) {
        String method = HeadAsGet.method(ctx);
        long rounded = Math.round(millis);
        LOG.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("path", ctx.path())
                .addKeyValue("route", route)
                .addKeyValue("status", ctx.statusCode())
                .addKeyValue("durationMs", Math.round(millis * 10) / 10.0)
                .log("{} {} {} {}ms", method, ctx.path(), ctx.statusCode(), rounded);
        MDC.clear();
    }
}
