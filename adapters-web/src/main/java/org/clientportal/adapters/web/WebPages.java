package org.clientportal.adapters.web;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import java.util.List;

/**
 * The web app, mounted on the API's server as a plugin: operators' pages under {@code /app}, contacts'
 * under {@code /portal} (beside the portal's API at {@code /portal/api/v1}), and their assets under
 * {@code /assets}. Each page calls the same use cases as the API, as the visitor their session
 * cookie names, so tenant, visibility, roles and audit apply exactly as there.
 */
public final class WebPages extends Plugin<Void> {

    private final Visitors visitors;
    private final WebCookies cookies;
    private final List<PageGroup> groups;

    /** {@code groups}: every feature's pages, one entry per feature. */
    public WebPages(Visitors visitors, WebCookies cookies, List<PageGroup> groups) {
        this.visitors = visitors;
        this.cookies = cookies;
        this.groups = List.copyOf(groups);
    }

    @Override
    public void onInitialize(JavalinState state) {
        new Assets().register(state.routes);
        Pages pages = new Pages(state.routes, new Templates(), visitors, cookies);
        groups.forEach(group -> group.register(pages));
    }

    @Override
    public String name() {
        return "web-pages";
    }
}
