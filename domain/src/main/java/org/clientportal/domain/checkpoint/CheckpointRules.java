package org.clientportal.domain.checkpoint;

import java.util.Optional;
import org.clientportal.domain.shared.Rejection;

/** What bounds a project's checkpoints. */
public final class CheckpointRules {

    /** The most a project has. */
    public static final int PER_PROJECT_MAX = 20;

    private CheckpointRules() {
    }

    public static Optional<Rejection> mayPlan(int checkpointsOfProject) {
        if (checkpointsOfProject >= PER_PROJECT_MAX) {
            return Optional.of(new Rejection("checkpoint.too-many", "A project has at most " + PER_PROJECT_MAX
                    + " checkpoints; remove one first"));
        }
        return Optional.empty();
    }
}
