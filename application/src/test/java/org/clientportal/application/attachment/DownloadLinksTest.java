package org.clientportal.application.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.clientportal.application.fakes.Sha256LinkSigner;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DownloadLinksTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final TenantId TENANT = new TenantId(UUID.fromString("0190a0b0-0000-7000-8000-000000000001"));
    private static final AttachmentId FILE = new AttachmentId(UUID.fromString("0190a0b0-0000-7000-8000-000000000002"));

    private final DownloadLinks links = new DownloadLinks(new Sha256LinkSigner(1), Duration.ofMinutes(15), "https://portal.test");

    @Test
    void anIssuedLink_namesTheAttachmentUntilItExpires() {
        DownloadLink link = links.issue(TENANT, FILE, NOW);

        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(link.url()).matches("https://portal\\.test/files/[A-Za-z0-9_-]+");
        assertThat(links.check(token(link), NOW.plusSeconds(899)))
                .isEqualTo(new DownloadLinks.Linked(TENANT, FILE));
    }

    @Test
    void anExpiredLink_isRefusedAsExpired() {
        DownloadLink link = links.issue(TENANT, FILE, NOW);

        assertThatThrownBy(() -> links.check(token(link), link.expiresAt()))
                .isInstanceOf(DomainError.class).extracting("code").isEqualTo(DownloadLinks.EXPIRED);
    }

    @Test
    void aLinkSignedWithAnotherKey_isInvalid() {
        DownloadLink foreign = new DownloadLinks(new Sha256LinkSigner(2), Duration.ofMinutes(15), "https://portal.test")
                .issue(TENANT, FILE, NOW);

        assertInvalid(token(foreign));
    }

    @Test
    void everyAlteredByte_makesTheLinkInvalid() {
        byte[] token = Base64.getUrlDecoder().decode(token(links.issue(TENANT, FILE, NOW)));
        for (int i = 0; i < token.length; i++) {
            byte[] altered = token.clone();
            altered[i] ^= 1;
            assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(altered));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 at all!", "AAAA", "a+b/"})
    void garbage_isInvalid(String token) {
        assertInvalid(token);
    }

    @Test
    void aTruncatedLink_isInvalid() {
        String token = token(links.issue(TENANT, FILE, NOW));

        assertInvalid(token.substring(0, token.length() - 2));
    }

    private static String token(DownloadLink link) {
        return link.url().substring(link.url().indexOf(DownloadLinks.PATH) + DownloadLinks.PATH.length());
    }

    private void assertInvalid(String token) {
        assertThatThrownBy(() -> links.check(token, NOW))
                .isInstanceOf(DomainError.class).extracting("code").isEqualTo(DownloadLinks.INVALID);
    }
}
