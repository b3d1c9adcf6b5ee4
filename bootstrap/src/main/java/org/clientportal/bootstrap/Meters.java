package org.clientportal.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.clientportal.adapters.http.MetricsServer;

/**
 * The registry every adapter records into. With PORTAL_METRICS_PORT set it is Prometheus's, with the
 * JVM's own meters bound, scraped from a listener of its own; without it, a registry with no backend
 * at all, in which recording costs next to nothing.
 */
final class Meters implements AutoCloseable {

    private final MeterRegistry registry;
    private final Optional<Scraped> scraped;

    /** The Prometheus side: where it listens, the server, and the GC listener to unhook at the end. */
    private record Scraped(MetricsSettings settings, MetricsServer server, JvmGcMetrics gc) {
    }

    private Meters(MeterRegistry registry, Optional<Scraped> scraped) {
        this.registry = registry;
        this.scraped = scraped;
    }

    static Meters of(Optional<MetricsSettings> settings) {
        if (settings.isEmpty()) {
            return new Meters(new CompositeMeterRegistry(), Optional.empty());
        }
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gc = new JvmGcMetrics();
        List<MeterBinder> jvm = List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics());
        jvm.forEach(binder -> binder.bindTo(prometheus));
        return new Meters(prometheus,
                Optional.of(new Scraped(settings.get(), new MetricsServer(prometheus::scrape), gc)));
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Starts the metrics listener when there is one; returns its port. */
    OptionalInt serve() {
        return scraped.map(s -> OptionalInt.of(s.server().start(s.settings().host(), s.settings().port())))
                .orElse(OptionalInt.empty());
    }

    @Override
    public void close() {
        scraped.ifPresent(s -> {
            s.server().stop();
            s.gc().close();
        });
        registry.close();
    }
}
