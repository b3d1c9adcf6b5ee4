package org.clientportal.application.session;

/** An operator's credentials, with the address they came from (for rate limits). */
public record LogInCommand(String tenant, String email, String password, String clientAddress) {

    @Override
    public String toString() {
        return "LogInCommand[tenant=" + tenant + ", email=" + email + ", password=***]";
    }
}
