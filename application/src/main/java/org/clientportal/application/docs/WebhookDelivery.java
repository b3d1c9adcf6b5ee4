package org.clientportal.application.docs;

import java.util.Objects;

/** A webhook as it came: the agency's slug from its path, its signature headers and its raw body. */
public record WebhookDelivery(String tenantSlug, String timestamp, String signature, byte[] body) {

    public WebhookDelivery {
        Objects.requireNonNull(body, "body");
    }
}
