package org.clientportal.application.client;

/** A prospect's message through an agency's public intake form. */
public record IntakeSubmission(String tenantSlug, String name, String email, String company, String message,
                               String clientAddress, String requestId) {
}
