package org.clientportal.application.apikey;

import java.util.List;

/**
 * A new key's label, the role it acts with (member when left out; never owner), what it is for
 * ({@code full} when left out) and when it stops working (an ISO-8601 instant in the future; never
 * when left out).
 */
public record CreateApiKeyCommand(String name, String role, List<String> scopes, String expiresAt) {
}
