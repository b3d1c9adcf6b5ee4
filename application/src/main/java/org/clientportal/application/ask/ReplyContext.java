package org.clientportal.application.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reply draft may speak of: only what the ask's client may see, read in the portal's own
 * transaction for that client and the contact who filed it. Statuses are in words
 * ({@code in progress}).
 */
public record ReplyContext(String agencyName, String contactName, String senderName, String askKey, String kind,
                           String title, Optional<SharedProject> project, Optional<LinkedTask> task,
                           List<RecentUpdate> updates) {

    /** How many of the project's latest client-visible updates a draft may mention. */
    public static final int RECENT_UPDATES = 3;

    public ReplyContext {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(askKey, "askKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(task, "task");
        updates = List.copyOf(updates);
    }

    /** The ask's project, when it is shared with the client. */
    public record SharedProject(String name, String status) {
    }

    /** The task made of the ask, when the client may see it. */
    public record LinkedTask(String key, String title, String status) {
    }

    /** A client-visible update of the project: its day and its first line. */
    public record RecentUpdate(LocalDate day, String firstLine) {
    }
}
