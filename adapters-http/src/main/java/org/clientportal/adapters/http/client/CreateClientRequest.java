package org.clientportal.adapters.http.client;

public record CreateClientRequest(String name, String email, String company, String phone) {
}
