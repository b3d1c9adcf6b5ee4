package org.clientportal.application.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.clientportal.application.attachment.RemoveOrphanedBlobs;

/** The daily stale-attachments job: the files no attachment names, and the remains of unfinished writes, go. */
final class StaleAttachmentsJob extends NamedJob {

    static final String NAME = "stale-attachments";

    private final RemoveOrphanedBlobs cleanup;

    StaleAttachmentsJob(RemoveOrphanedBlobs cleanup) {
        super(NAME);
        this.cleanup = cleanup;
    }

    @Override
    public Map<String, Long> run(UUID runId, Instant slot) {
        RemoveOrphanedBlobs.Report report = cleanup.execute();
        return Map.of("agencies", (long) report.tenants(), "filesRemoved", (long) report.blobsRemoved(),
                "partialWritesRemoved", (long) report.partialWritesDiscarded());
    }
}
