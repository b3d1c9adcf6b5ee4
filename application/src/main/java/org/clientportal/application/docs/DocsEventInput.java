package org.clientportal.application.docs;

/** A Klevar Docs webhook event as sent: its id (the idempotency key), its type, when it happened, and what of. */
public record DocsEventInput(String id, String type, String occurredAt, DocsFactsInput data) {
}
