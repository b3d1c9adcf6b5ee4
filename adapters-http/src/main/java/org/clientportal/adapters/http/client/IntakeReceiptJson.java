package org.clientportal.adapters.http.client;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the public intake form answers: the submission was taken, and nothing about the agency's records. */
@Schema(name = "IntakeReceipt", description = "The submission was taken.")
record IntakeReceiptJson(@Schema(allowableValues = "received") String status) {

    static final IntakeReceiptJson RECEIVED = new IntakeReceiptJson("received");
}
