package org.clientportal.application.portal;

/** A contact exchanging a portal link's token for a session, from a client address. */
public record OpenPortalCommand(String token, String clientAddress, String requestId) {

    @Override
    public String toString() {
        return "OpenPortalCommand[token=***, clientAddress=" + clientAddress + "]";
    }
}
