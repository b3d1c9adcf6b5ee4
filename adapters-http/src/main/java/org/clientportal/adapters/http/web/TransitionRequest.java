package org.clientportal.adapters.http.web;

/** The body of every transitions route: the target status and an optional reason. */
public record TransitionRequest(String to, String reason) {
}
