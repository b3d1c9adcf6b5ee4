package org.clientportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Lets the user edit a text in {@code $VISUAL} or {@code $EDITOR} (else vi), in a file only they can read,
 * removed afterwards. The editor runs through {@code sh -c}, so it may carry options ({@code code --wait}).
 */
final class Editor {

    private Editor() {
    }

    static String edit(Context context, String text, String suffix) {
        String editor = context.setting("VISUAL").or(() -> context.setting("EDITOR")).orElse("vi");
        Path file = null;
        try {
            file = Files.createTempFile("portal-", suffix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            int exit = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "portal-editor", file.toString())
                    .inheritIO().start().waitFor();
            if (exit != 0) {
                throw CliFailure.usage("error: the editor (" + editor + ") exited with " + exit + "; nothing was sent");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.usage("error: cannot run the editor (" + editor + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.usage("error: interrupted while the editor ran; nothing was sent");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is the system's to clean
                }
            }
        }
    }
}
