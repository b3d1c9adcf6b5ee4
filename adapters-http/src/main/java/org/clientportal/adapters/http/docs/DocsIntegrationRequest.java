package org.clientportal.adapters.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "DocsIntegrationRequest", description = "The agency's Klevar Docs settings. Neither secret is shown"
        + " again.")
public record DocsIntegrationRequest(
        @Schema(description = "The secret Docs signs webhooks with, 24 to 200 characters. Required the first time;"
                + " left out, the one set before stays.", nullable = true) String secret,
        @Schema(description = "Whether webhooks are taken; while false the webhook route is not found.") Boolean enabled,
        @Schema(description = "The Docs API key pulls use, 24 to 200 characters; left out, the one set before stays.",
                nullable = true) String apiKey) {
}
