package org.clientportal.adapters.http.metric;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.metric.MetricsReceived;

@Schema(name = "MetricsReceived", description = "What became of a batch.")
public record MetricsReceivedJson(@Schema(description = "Points in the batch.") int received,
                                  @Schema(description = "Points kept now.") int written,
                                  @Schema(description = "Points whose id the project already held, not kept again.")
                                  int duplicates) {

    static MetricsReceivedJson of(MetricsReceived r) {
        return new MetricsReceivedJson(r.received(), r.written(), r.duplicates());
    }
}
