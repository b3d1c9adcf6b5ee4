package org.clientportal.application.fakes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.clientportal.application.attachment.IncomingFile;
import org.clientportal.application.attachment.IncomingFiles;

/** Uploads made of names and small texts, as the use cases receive them. */
public final class TestFiles {

    private TestFiles() {
    }

    public static IncomingFile file(String name, String content) {
        return new IncomingFile(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Names and contents, alternating. */
    public static IncomingFiles files(String... namesAndContents) {
        Deque<IncomingFile> left = new ArrayDeque<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            left.add(file(namesAndContents[i], namesAndContents[i + 1]));
        }
        return () -> Optional.ofNullable(left.poll());
    }
}
