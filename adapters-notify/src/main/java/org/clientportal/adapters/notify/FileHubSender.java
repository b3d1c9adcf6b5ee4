package org.clientportal.adapters.notify;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.notification.Notification;

/**
 * Delivers the outbox's events to a file instead of the hub, for a system that reads a file rather
 * than listening for HTTP (a log shipper, a nightly import): each event is one line of JSON in the
 * hub's wire form (docs/notification-hub.md), appended. It is also the worked example of
 * docs/adapters.md, held to the same {@code HubSenderContract} as the HTTP sender.
 *
 * <ul>
 *   <li><b>Idempotent by key, as the hub is.</b> An event whose id is already in the file is not
 *       written again, so the relay's at-least-once delivery leaves each event in the file once. The
 *       ids of the lines already there are read once and then only those of lines added since, by
 *       this sender or another one sharing the file.</li>
 *   <li><b>A line is written whole, or is not there.</b> It goes to the file in one write and is
 *       forced to the disk before {@code send} returns, since the relay then marks the event
 *       delivered. A line a crash cut short (no line end) was never acknowledged, so the event is
 *       still pending: the torn line is cut off before the next one is written.</li>
 *   <li><b>One writer at a time.</b> The file is locked while it is read and written, so the relays
 *       of several processes sharing it cannot interleave their lines; senders of one file within a
 *       process take turns before that, since a process holds a file's lock once, not per sender.</li>
 *   <li><b>A file that cannot take the line refuses the event.</b> A missing directory, a file
 *       without write permission, a full disk, a line that is not an event: each is a
 *       {@link HubRefused}, the event stays pending and the relay tries it again later.</li>
 * </ul>
 * The ids of the file's events are kept in memory, about 80 bytes each. To start afresh, move the file
 * away (rotate it): the next event starts a new one, and a file found shorter than what was read of
 * it is read again from its start, the ids it no longer holds forgotten.
 */
public final class FileHubSender implements HubSender {

    private static final ConcurrentMap<Path, Object> TURNS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object turn;
    private final ObjectWriter json;
    private final ObjectMapper reader;
    private final Set<UUID> idsInFile = new HashSet<>();
    private long bytesRead;

    /** Writes with the given mapper, as the HTTP sender does, always on one line. */
    public FileHubSender(Path file, ObjectMapper json) {
        this.file = file;
        this.turn = TURNS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
        this.json = json.writer().without(SerializationFeature.INDENT_OUTPUT);
        this.reader = json;
    }

    @Override
    public void send(Notification notification) {
        synchronized (turn) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                // Held until the channel closes.
                channel.lock();
                catchUp(channel);
                if (idsInFile.contains(notification.id())) {
                    return;
                }
                append(channel, line(notification));
                idsInFile.add(notification.id());
            } catch (IOException e) {
                throw new HubRefused("The events file " + file + " did not take the event: " + e, e);
            }
        }
    }

    /** Reads the ids of the lines added since the last call, and cuts off a line left torn at the end. */
    private void catchUp(FileChannel channel) throws IOException {
        if (channel.size() < bytesRead) {
            idsInFile.clear();
            bytesRead = 0;
        }
        // Not closed: closing it would close the channel, which the caller writes to next.
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(bytesRead)));
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                remember(line.toString(UTF_8), bytesRead);
                bytesRead += line.size() + 1;
                line.reset();
            } else {
                line.write(b);
            }
        }
        if (line.size() > 0) {
            channel.truncate(bytesRead);
        }
    }

    private void remember(String line, long at) throws IOException {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode id = reader.readTree(line).path("id");
            idsInFile.add(UUID.fromString(id.isTextual() ? id.asText() : ""));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("the line at byte " + at + " is not an event with an id; mend or move the file", e);
        }
    }

    private byte[] line(Notification notification) {
        try {
            return (json.writeValueAsString(HubEvent.of(notification)) + "\n").getBytes(UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's payload is plain values", e);
        }
    }

    private void append(FileChannel channel, byte[] line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(line);
        while (bytes.hasRemaining()) {
            channel.write(bytes, bytesRead + bytes.position());
        }
        channel.force(false);
        bytesRead += line.length;
    }
}
