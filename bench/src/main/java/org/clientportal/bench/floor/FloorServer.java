package org.clientportal.bench.floor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor: the least code that does the same shape of work as the product on the same tables — an
 * API key found by one map lookup, one transaction per request that binds the tenant first, one
 * statement, JSON out — so every product figure can be read as a ratio to what the machine does.
 */
public final class FloorServer {

    /** The product's default PORTAL_HTTP_MAX_THREADS. */
    private static final int MAX_THREADS = 50;

    private final Map<String, UUID> tenantByApiKey;
    private final TenantTransactions transactions;
    private final ClientTable clients = new ClientTable();

    private FloorServer(Map<String, UUID> tenantByApiKey, TenantTransactions transactions) {
        this.tenantByApiKey = tenantByApiKey;
        this.transactions = transactions;
    }

    public static void main(String[] args) {
        FloorSettings settings = FloorSettings.fromEnvironment();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.dbUrl());
        pool.setUsername(settings.dbUser());
        pool.setMaximumPoolSize(settings.poolSize());
        FloorServer floor = new FloorServer(Map.of("Bearer " + settings.apiKey(), settings.tenantId()),
                new TenantTransactions(new HikariDataSource(pool)));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8);
            config.routes.get("/static", ctx -> ctx.result("ok"));
            config.routes.get("/clients/{id}", floor::getClient);
            config.routes.get("/clients", floor::listClients);
            config.routes.post("/clients", floor::createClient);
        }).start("127.0.0.1", settings.port());
    }

    private void getClient(Context ctx) throws Exception {
        UUID tenant = tenant(ctx);
        UUID id = UUID.fromString(ctx.pathParam("id"));
        transactions.inTenant(tenant, connection -> clients.find(connection, tenant, id))
                .ifPresentOrElse(ctx::json, () -> ctx.status(HttpStatus.NOT_FOUND));
    }

    private void listClients(Context ctx) throws Exception {
        UUID tenant = tenant(ctx);
        int limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("50"));
        var rows = transactions.inTenant(tenant, connection -> clients.firstPage(connection, tenant, limit));
        boolean more = rows.size() > limit;
        ctx.json(Map.of("items", more ? rows.subList(0, limit) : rows,
                "nextCursor", more ? rows.get(limit - 1).get("id").toString() : ""));
    }

    private void createClient(Context ctx) throws Exception {
        UUID tenant = tenant(ctx);
        NewClient client = ctx.bodyAsClass(NewClient.class);
        ctx.status(HttpStatus.CREATED).json(
                transactions.inTenant(tenant, connection -> clients.insert(connection, tenant, client)));
    }

    private UUID tenant(Context ctx) {
        UUID tenant = tenantByApiKey.get(ctx.header("Authorization"));
        if (tenant == null) {
            throw new UnauthorizedResponse();
        }
        return tenant;
    }
}
