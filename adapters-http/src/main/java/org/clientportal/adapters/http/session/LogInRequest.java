package org.clientportal.adapters.http.session;

public record LogInRequest(String tenant, String email, String password) {

    @Override
    public String toString() {
        return "LogInRequest[tenant=" + tenant + ", email=" + email + ", password=***]";
    }
}
