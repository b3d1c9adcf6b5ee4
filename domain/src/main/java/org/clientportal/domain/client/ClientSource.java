package org.clientportal.domain.client;

/** How the client came to the agency. */
public enum ClientSource {
    MANUAL,
    INTAKE
}
