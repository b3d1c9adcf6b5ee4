package org.clientportal.adapters.http.checkpoint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(name = "Checkpoints", description = "A project's checkpoints.")
public record CheckpointsJson(List<CheckpointJson> items) {
}
