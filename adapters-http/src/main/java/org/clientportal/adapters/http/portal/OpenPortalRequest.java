package org.clientportal.adapters.http.portal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

public record OpenPortalRequest(
        @Schema(requiredMode = REQUIRED, description = "The portal link's token (`cpl_...`), as the agency sent it.",
                minLength = 1, maxLength = 200)
        String token) {

    @Override
    public String toString() {
        return "OpenPortalRequest[token=***]";
    }
}
