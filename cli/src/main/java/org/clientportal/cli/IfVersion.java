package org.clientportal.cli;

import picocli.CommandLine.Option;

/**
 * {@code --if-version N}: change a record only while it is still at the version a script read earlier
 * (sent as {@code If-Match: "N"}); a record changed since is refused with 412, exit 3.
 */
public final class IfVersion {

    @Option(names = "--if-version", paramLabel = "N",
            description = "Change it only if it is still at version N (as show --json gave it); else exit 3.")
    Long version;

    /** The ETag of a read made before the change was prepared (such as before an editor opened). */
    private String read;

    /** {@code --if-version} when given, else the ETag of that read: a change made since is refused, not overwritten. */
    IfVersion orRead(String etag) {
        IfVersion guard = new IfVersion();
        guard.version = version;
        guard.read = etag;
        return guard;
    }

    /** The {@code If-Match} value asked for, or null when none was. */
    String etag() {
        return version == null ? read : "\"" + version + "\"";
    }
}
