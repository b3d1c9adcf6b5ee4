package org.clientportal.application.apikey;

/**
 * A new key's label, the role it acts with (member when left out; never owner) and when it stops
 * working (an ISO-8601 instant in the future; never when left out).
 */
public record CreateApiKeyCommand(String name, String role, String expiresAt) {
}
