package org.clientportal.application.checkpoint;

/**
 * A checkpoint asked for: its title, {@code every} ({@code week} or {@code month}), {@code on} (a
 * weekday for a week, a day from 1 to 28 for a month), the day from which it runs (today unless
 * given), and the visibility of the tasks it makes (internal unless {@code client}).
 */
public record PlanCheckpointCommand(String projectId, String title, String every, String on, String startsOn,
                                    String visibility) {
}
