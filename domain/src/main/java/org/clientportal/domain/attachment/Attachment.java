package org.clientportal.domain.attachment;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * A file attached to a task or an update, recorded once and never changed. It has no visibility of
 * its own: whoever may see the parent may see it. {@code contentType} was sniffed from the bytes,
 * never taken from the uploader; {@code blobKey} names the content in the file store;
 * {@code uploadedBy} names the principal ({@code operator:<id>}, {@code contact:<id>}) and
 * {@code uploadedByName} how it was known at the time.
 */
public record Attachment(AttachmentId id, TenantId tenantId, ClientId clientId, AttachmentParent parent,
                         AttachmentName name, long size, String contentType, String sha256, String blobKey,
                         String uploadedBy, String uploadedByName, Instant createdAt) {

    /** The most bytes one file may have. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The most files one parent may have, counting every upload. */
    public static final int MAX_PER_PARENT = 5;

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedByName, "uploadedByName");
        Objects.requireNonNull(createdAt, "createdAt");
        if (size < 0 || size > MAX_BYTES) {
            throw new IllegalArgumentException("an attachment has 0 to " + MAX_BYTES + " bytes");
        }
        if (!HEX_SHA_256.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits");
        }
    }
}
