package org.clientportal.adapters.http.sla;

import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.function.Function;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.sla.SlaFeature;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Versioned;

/**
 * The agency's business hours and SLA targets, which every client request's clock is read in. Each
 * is versioned like a record: the defaults are version 0, every replacement adds one.
 */
public final class SlaRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("SLA settings", "Business hours and SLA targets per"
            + " priority: every client request's clock counts working time against them.");

    private final SlaFeature sla;

    public SlaRoutes(SlaFeature sla) {
        this.sla = sla;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/settings/business-hours", Operation.of("getBusinessHours", TAG,
                        "Read the agency's business hours")
                .description("Until an owner or admin sets them (version 0): Monday to Friday, 09:00 to 17:00 UTC,"
                        + " no holidays.")
                .answers(200, "The business hours.", BusinessHoursJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(sla.getBusinessHours().execute(actor), BusinessHoursJson::of));
        table.authenticated(HandlerType.PUT, "/api/v1/settings/business-hours", Operation.of("setBusinessHours", TAG,
                        "Replace the agency's business hours")
                .description("Owners and admins; every field is set at once. Open requests' clocks are read in the"
                        + " new hours from now on, so their due times move with them.")
                .body(BusinessHoursRequest.class)
                .answers(200, "The business hours as they are now.", BusinessHoursJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.MANAGE_SETTINGS), (ctx, actor) -> versioned(sla.setBusinessHours().execute(
                actor, bodies.read(ctx, BusinessHoursRequest.class).command(Versions.ifMatch(ctx))),
                BusinessHoursJson::of));
        table.authenticated(HandlerType.GET, "/api/v1/settings/sla", Operation.of("getSlaPolicy", TAG,
                        "Read the agency's SLA targets")
                .description("Until an owner or admin sets them (version 0), in working minutes (first response /"
                        + " resolution): urgent 60 / 480, high 240 / 960, normal 480 / 2400, low 960 / 4800.")
                .answers(200, "The targets of every priority.", SlaPolicyJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(sla.getSlaPolicy().execute(actor), SlaPolicyJson::of));
        table.authenticated(HandlerType.PUT, "/api/v1/settings/sla", Operation.of("setSlaPolicy", TAG,
                        "Replace the agency's SLA targets")
                .description("Owners and admins; every priority's targets at once. Open requests are read against"
                        + " the new targets from now on.")
                .body(SlaPolicyRequest.class)
                .answers(200, "The targets as they are now.", SlaPolicyJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.MANAGE_SETTINGS), (ctx, actor) -> versioned(sla.setSlaPolicy().execute(
                actor, bodies.read(ctx, SlaPolicyRequest.class).command(Versions.ifMatch(ctx))), SlaPolicyJson::of));
    }

    private static <T> Reply versioned(Versioned<T> setting, Function<Versioned<T>, Object> json) {
        return new Reply(200, json.apply(setting), Map.of()).withVersion(setting.version());
    }
}
