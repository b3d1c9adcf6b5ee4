package org.clientportal.adapters.http.attachment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.application.attachment.DownloadLink;

@Schema(name = "DownloadLink", description = "A link anyone holding it may download the file with, until it expires.")
record DownloadLinkJson(@Schema(description = "`GET` it (no credentials needed) for the file itself.") String url,
                        @Schema(description = "After this, the link is refused with `file-link.expired`.")
                        Instant expiresAt) {

    static DownloadLinkJson of(DownloadLink link) {
        return new DownloadLinkJson(link.url(), link.expiresAt());
    }
}
