package org.clientportal.adapters.http.client;

public record IntakeRequest(String name, String email, String company, String message) {
}
