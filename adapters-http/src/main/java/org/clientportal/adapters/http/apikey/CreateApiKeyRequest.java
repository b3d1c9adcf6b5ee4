package org.clientportal.adapters.http.apikey;

public record CreateApiKeyRequest(String name, String role, String expiresAt) {
}
