package org.clientportal.adapters.http.session;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

public record LogInRequest(
        @Schema(requiredMode = REQUIRED, description = "The agency's slug.", minLength = 1, maxLength = 100)
        String tenant,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 254)
        String email,
        @Schema(requiredMode = REQUIRED, format = "password", minLength = 1, maxLength = 1000)
        String password) {

    @Override
    public String toString() {
        return "LogInRequest[tenant=" + tenant + ", email=" + email + ", password=***]";
    }
}
