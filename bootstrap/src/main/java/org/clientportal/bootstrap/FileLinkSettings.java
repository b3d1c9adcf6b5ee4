package org.clientportal.bootstrap;

import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.clientportal.adapters.crypto.HmacSha256LinkSigner;
import org.clientportal.application.attachment.DownloadLinks;

/**
 * How download links are made: how long one works, and the key they are signed with when the
 * environment names one (Base64, standard or URL-safe, at least 32 bytes); without it, the key the
 * database drew, which every replica on that database shares.
 */
record FileLinkSettings(Duration lifetime, Optional<String> signingKey) {

    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
    static final int MIN_KEY_BYTES = 32;

    FileLinkSettings {
        Objects.requireNonNull(lifetime, "lifetime");
        signingKey.ifPresent(FileLinkSettings::decode);
    }

    /** The configured key, else the database's (read only then). */
    byte[] key(Supplier<byte[]> databaseKey) {
        return signingKey.map(FileLinkSettings::decode).orElseGet(databaseKey);
    }

    /** Links to {@code publicUrl}, signed with {@link #key}. */
    DownloadLinks downloadLinks(Supplier<byte[]> databaseKey, String publicUrl) {
        return new DownloadLinks(new HmacSha256LinkSigner(key(databaseKey)), lifetime, publicUrl);
    }

    /** Never the key itself. */
    @Override
    public String toString() {
        return "FileLinkSettings[lifetime=" + lifetime + ", signingKey=" + (signingKey.isPresent() ? "set" : "database")
                + "]";
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip().replace('-', '+').replace('_', '/'));
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("at least " + MIN_KEY_BYTES + " bytes are needed, not " + key.length);
        }
        return key;
    }
}
