package org.clientportal.domain.attachment;

import java.util.Locale;
import java.util.Set;

/**
 * Which content types, as sniffed from a file's bytes, may be attached. An agency and its clients
 * exchange every kind of document, image, archive, recording and data file, including formats no
 * sniffer knows (they arrive as {@code application/octet-stream}); what is refused is a program or
 * script that a reader's machine could run once downloaded.
 */
public final class AcceptedFileTypes {

    private static final Set<String> PROGRAMS = Set.of(
            "application/x-dosexec", "application/x-msdownload", "application/x-msdos-program",
            "application/vnd.microsoft.portable-executable", "application/x-ms-installer", "application/x-msi",
            "application/x-executable", "application/x-sharedlib", "application/x-elf", "application/x-coredump",
            "application/x-object", "application/x-mach-o", "application/x-mach-o-executable",
            "application/x-mach-o-dylib", "application/x-mach-o-bundle", "application/java-vm",
            "application/x-java-applet", "application/x-sh", "application/x-csh", "application/x-bat",
            "text/x-sh", "text/x-csh", "application/x-msdos-batch", "application/x-apple-diskimage");

    private AcceptedFileTypes() {
    }

    /** Whether a file of this sniffed type ({@code type/subtype}, parameters ignored) may be attached. */
    public static boolean accepts(String mediaType) {
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return !PROGRAMS.contains(bare);
    }
}
