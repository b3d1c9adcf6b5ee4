package org.clientportal.adapters.http.metric;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientportal.application.metric.MetricsView;
import org.clientportal.domain.metric.MetricAggregate;

/** A project's metrics summed up: one entry per series and unit, each with its buckets in time order. */
@Schema(name = "Metrics", description = "A project's metric series summed up per bucket.")
public record MetricsJson(String projectId,
                          LocalDate from,
                          LocalDate to,
                          @Schema(allowableValues = {"hour", "day", "week", "month"}) String bucket,
                          @Schema(description = "The agency's time zone, in which days, weeks and months begin.")
                          String timeZone,
                          List<SeriesJson> series,
                          @Schema(description = "True when the answer stops at 10,000 buckets; ask for fewer.")
                          boolean truncated) {

    @Schema(name = "MetricSeries", description = "One series in one unit.")
    public record SeriesJson(String name, String unit, List<BucketJson> buckets) {
    }

    @Schema(name = "MetricBucket", description = "The points of one bucket: how many, total, least, greatest, mean"
            + " (to 10 decimals).")
    public record BucketJson(Instant start, long count, BigDecimal sum, BigDecimal min, BigDecimal max,
                             BigDecimal avg) {
    }

    static MetricsJson of(MetricsView view) {
        Map<String, SeriesJson> series = new LinkedHashMap<>();
        for (MetricAggregate a : view.aggregates()) {
            series.computeIfAbsent(a.name() + "\u0000" + a.unit(), k -> new SeriesJson(a.name(), a.unit(),
                    new ArrayList<>())).buckets().add(new BucketJson(a.bucketStart(), a.count(), a.sum(), a.min(),
                    a.max(), a.avg()));
        }
        return new MetricsJson(view.projectId().toString(), view.from(), view.to(),
                view.bucket().name().toLowerCase(Locale.ROOT), view.zone().getId(), List.copyOf(series.values()),
                view.truncated());
    }
}
