package org.clientportal.bootstrap;

import java.util.List;
import org.clientportal.adapters.http.PortUnavailable;
import org.clientportal.adapters.persistence.DatabaseSetupFailed;
import org.clientportal.adapters.persistence.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the portal: {@code java -jar portal.jar [--demo]}. Configuration comes from PORTAL_* variables. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println("Usage: java -jar portal.jar [--demo]\n"
                    + "  --demo  load a demo agency with sample clients and projects, and print how to sign in\n"
                    + "Configuration: PORTAL_* environment variables, listed in the README.");
            return;
        }
        if (!options.stream().allMatch(option -> option.equals("--demo"))) {
            System.err.println("portal: unknown option in " + options + "; try --help");
            System.exit(2);
        }
        Portal portal;
        try {
            portal = Portal.start(PortalConfig.fromEnvironment(System.getenv()));
        } catch (PortalConfig.ConfigurationError | DatabaseUnreachable | DatabaseSetupFailed
                 | PortUnavailable e) {
            System.err.println("portal: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing in-flight requests");
            portal.close();
        }, "portal-shutdown"));
        LOG.info("Client Management Portal listening on port {}", portal.port());
        portal.metricsPort().ifPresent(port -> LOG.info("Metrics at http://{}:{}/metrics",
                portal.config().metrics().orElseThrow().host(), port));
        if (options.contains("--demo")) {
            DemoAgency.load(portal.features(), portal.port());
        }
    }
}
