package org.clientportal.bootstrap;

import java.util.List;
import org.clientportal.adapters.http.PortUnavailable;
import org.clientportal.adapters.persistence.DatabaseSetupFailed;
import org.clientportal.adapters.persistence.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the portal: {@code java -jar portal.jar [--demo | --worker]}. Configuration comes from
 * PORTAL_* variables.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println("Usage: java -jar portal.jar [--demo | --worker]\n"
                    + "  --demo    load a demo agency with sample clients and projects, and print how to sign in\n"
                    + "  --worker  run the scheduled jobs and the Notification Hub's relay, and no HTTP API\n"
                    + "Configuration: PORTAL_* environment variables, listed in the README.");
            return;
        }
        boolean worker = options.contains("--worker");
        if (!options.stream().allMatch(option -> option.equals("--demo") || option.equals("--worker"))
                || (worker && options.contains("--demo"))) {
            System.err.println("portal: unknown option in " + options + "; try --help");
            System.exit(2);
        }
        PortalConfig config;
        try {
            config = PortalConfig.fromEnvironment(System.getenv());
        } catch (PortalConfig.ConfigurationError e) {
            stopWith(e);
            return;
        }
        // Nothing may log before this line: logback reads the format when it starts.
        LogOutput.choose(config.logFormat());
        Logger log = LoggerFactory.getLogger(Main.class);
        Portal portal;
        try {
            portal = worker ? Portal.startWorker(config) : Portal.start(config);
        } catch (PortalConfig.ConfigurationError | DatabaseUnreachable | DatabaseSetupFailed | PortUnavailable e) {
            LogOutput.flush();
            stopWith(e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping: finishing in-flight requests");
            portal.close();
            LogOutput.flush();
        }, "portal-shutdown"));
        if (worker) {
            log.info("Client Management Portal worker running the jobs{}", config.hub().isPresent()
                    ? " and the Notification Hub's relay" : " (the hub is not configured: no relay)");
        } else {
            log.info("Client Management Portal listening on port {}", portal.port());
        }
        portal.metricsPort().ifPresent(port -> log.info("Metrics at http://{}:{}/metrics",
                config.metrics().orElseThrow().host(), port));
        if (options.contains("--demo")) {
            DemoAgency.load(portal.features(), portal.port());
        }
    }

    /** One line on stderr, exit code 1. */
    private static void stopWith(RuntimeException e) {
        System.err.println("portal: " + e.getMessage());
        System.exit(1);
    }
}
