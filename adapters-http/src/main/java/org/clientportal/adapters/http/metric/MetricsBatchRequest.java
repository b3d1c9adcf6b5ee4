package org.clientportal.adapters.http.metric;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.application.metric.RecordMetrics;

@Schema(name = "MetricsBatch", description = "A batch of a project's metric points, kept all together or not at all.")
public record MetricsBatchRequest(
        @ArraySchema(minItems = 1, maxItems = RecordMetrics.BATCH_MAX, arraySchema = @Schema(requiredMode =
                Schema.RequiredMode.REQUIRED)) List<MetricPointRequest> points) {
}
