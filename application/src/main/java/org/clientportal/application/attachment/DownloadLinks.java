package org.clientportal.application.attachment;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.clientportal.application.port.LinkSigner;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.TenantId;

/**
 * Issues and checks download tokens: tenant id, attachment id and expiry (epoch seconds), followed
 * by their MAC, in URL-safe Base64 without padding. Nothing is stored: the MAC is the proof, so a
 * link works on every replica and until it expires, and cannot be revoked before.
 */
public final class DownloadLinks {

    public static final String INVALID = "file-link.invalid";
    public static final String EXPIRED = "file-link.expired";

    private static final int PAYLOAD_BYTES = 16 + 16 + Long.BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Where a link points, after the portal's public address; the token follows. */
    public static final String PATH = "/files/";

    private final LinkSigner signer;
    private final Duration lifetime;
    private final String publicUrl;

    /** {@code publicUrl}: the portal's public address, with no trailing slash. */
    public DownloadLinks(LinkSigner signer, Duration lifetime, String publicUrl) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a download link must live a while, not " + lifetime);
        }
        this.signer = signer;
        this.lifetime = lifetime;
        this.publicUrl = publicUrl;
    }

    public DownloadLink issue(TenantId tenant, AttachmentId attachment, Instant now) {
        Instant expiresAt = now.plus(lifetime);
        byte[] payload = new byte[PAYLOAD_BYTES];
        putLong(payload, 0, tenant.value().getMostSignificantBits());
        putLong(payload, 8, tenant.value().getLeastSignificantBits());
        putLong(payload, 16, attachment.value().getMostSignificantBits());
        putLong(payload, 24, attachment.value().getLeastSignificantBits());
        putLong(payload, 32, expiresAt.getEpochSecond());
        byte[] mac = signer.sign(payload);
        byte[] token = Arrays.copyOf(payload, PAYLOAD_BYTES + mac.length);
        System.arraycopy(mac, 0, token, PAYLOAD_BYTES, mac.length);
        return new DownloadLink(publicUrl + PATH + ENCODER.encodeToString(token),
                Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /** What a genuine, unexpired token names; a forged, altered or garbled one and an expired one are refused. */
    public Linked check(String token, Instant now) {
        byte[] bytes = decode(token);
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD_BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, PAYLOAD_BYTES, bytes.length);
        if (!signer.isMacOf(mac, payload)) {
            throw invalid();
        }
        TenantId tenant = new TenantId(new UUID(getLong(payload, 0), getLong(payload, 8)));
        AttachmentId attachment = new AttachmentId(new UUID(getLong(payload, 16), getLong(payload, 24)));
        if (!now.isBefore(Instant.ofEpochSecond(getLong(payload, 32)))) {
            throw new DomainError(ErrorKind.FORBIDDEN, EXPIRED, "The download link has expired; ask for a new one.");
        }
        return new Linked(tenant, attachment);
    }

    /** The attachment a checked token names. */
    public record Linked(TenantId tenant, AttachmentId attachment) {
    }

    private static byte[] decode(String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length != PAYLOAD_BYTES + LinkSigner.MAC_BYTES) {
                throw invalid();
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    // Big-endian, by hand: the application layer keeps to java.lang, java.util and java.time.
    private static void putLong(byte[] bytes, int at, long value) {
        for (int i = 7; i >= 0; i--) {
            bytes[at + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static long getLong(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }

    private static DomainError invalid() {
        return new DomainError(ErrorKind.FORBIDDEN, INVALID, "The download link is not valid.");
    }
}
