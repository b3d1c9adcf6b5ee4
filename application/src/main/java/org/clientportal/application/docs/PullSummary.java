package org.clientportal.application.docs;

/** What a pull from Docs did to the agency's copy: how many records it read, and how many of them changed it. */
public record PullSummary(int documents, int invoices, int applied, int unchanged) {
}
