package org.clientportal.application.apikey;

/** A new key's label and the role it acts with (member when left out; never owner). */
public record CreateApiKeyCommand(String name, String role) {
}
