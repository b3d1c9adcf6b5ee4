package org.clientportal.application.docs;

import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** A webhook whose sender could not be trusted: nothing of it is read, let alone stored. */
public final class WebhookRefused extends DomainError {

    private static final long serialVersionUID = 1L;

    public static final String SIGNATURE_INVALID = "webhook.signature-invalid";
    public static final String TIMESTAMP_OUTSIDE_WINDOW = "webhook.timestamp-outside-window";

    private WebhookRefused(String code, String message) {
        super(ErrorKind.UNAUTHENTICATED, code, message);
    }

    public static WebhookRefused signatureInvalid(String why) {
        return new WebhookRefused(SIGNATURE_INVALID, why);
    }

    public static WebhookRefused timestampOutsideWindow(String why) {
        return new WebhookRefused(TIMESTAMP_OUTSIDE_WINDOW, why);
    }
}
