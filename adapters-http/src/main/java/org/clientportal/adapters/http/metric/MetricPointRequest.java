package org.clientportal.adapters.http.metric;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.clientportal.domain.metric.MetricPoint;

@Schema(name = "MetricPoint", description = "One value of a project's named series at a moment.")
public record MetricPointRequest(
        @Schema(requiredMode = REQUIRED, pattern = "^[a-z][a-z0-9_.-]{0,99}$", example = "deploys.count") String name,
        @Schema(requiredMode = REQUIRED, description = "An exact decimal: at most 20 digits before the point and 10"
                + " after.") BigDecimal value,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = MetricPoint.UNIT_MAX, example = "count")
        String unit,
        @Schema(requiredMode = REQUIRED, format = "date-time") String at,
        @Schema(nullable = true, minLength = 1, maxLength = MetricPoint.POINT_ID_MAX, description = "The sender's own"
                + " id of the point: a point whose id the project already holds is not kept again.") String id) {
}
