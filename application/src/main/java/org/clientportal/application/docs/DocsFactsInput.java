package org.clientportal.application.docs;

/**
 * A document or invoice as Klevar Docs writes it, every field as sent: amounts as decimal text
 * (never through a floating-point number), the client by its reference.
 */
public record DocsFactsInput(String id, String clientReference, String title, String number, String currency,
                             String total, String amountDue, String dueDate, String url, Boolean clientVisible) {
}
