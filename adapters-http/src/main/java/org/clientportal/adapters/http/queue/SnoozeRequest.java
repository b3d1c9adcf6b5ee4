package org.clientportal.adapters.http.queue;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/queue/{itemId}/snooze}. */
record SnoozeRequest(@Schema(requiredMode = REQUIRED, format = "date-time", description = "When the item comes back:"
        + " ahead, and at most 90 days ahead.") String until) {
}
