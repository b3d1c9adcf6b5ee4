package org.clientportal.application.tenant;

/** A new agency with its first owner. The owner's name defaults to the email's local part. */
public record RegisterTenantCommand(String name, String slug, String ownerEmail, String ownerPassword,
                                    String ownerName, String clientAddress, String requestId) {
}
