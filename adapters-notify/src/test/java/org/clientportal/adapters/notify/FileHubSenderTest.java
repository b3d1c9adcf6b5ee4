package org.clientportal.adapters.notify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.clientportal.application.contract.HubSenderContract;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file sender, on real files in a directory of the test's own: the senders' contract (the file is
 * the receiver: what it holds, read back line by line, is what was taken, each under its id), then
 * what only a file does.
 */
class FileHubSenderTest extends HubSenderContract {

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("events.jsonl");
    }

    private Path aside() {
        return directory.resolve("events.jsonl.aside");
    }

    private HubSender newSender() {
        return new FileHubSender(file(), new ObjectMapper());
    }

    @Override
    protected HubSender sender() {
        return newSender();
    }

    /** The file keys its events by their ids. */
    @Override
    protected List<TakenEvent> taken() {
        return lines().stream().map(WireEvents::event).map(e -> new TakenEvent(e.id().toString(), e)).toList();
    }

    /** A directory where the file was: nothing can be written to it until it is back. */
    @Override
    protected void receiverGoesDown() {
        try {
            if (Files.exists(file())) {
                Files.move(file(), aside());
            }
            Files.createDirectory(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void receiverComesBack() {
        try {
            Files.delete(file());
            if (Files.exists(aside())) {
                Files.move(aside(), file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lines() {
        try {
            return Files.exists(file()) ? Files.readAllLines(file(), UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String content() throws IOException {
        return Files.readString(file(), UTF_8);
    }

    private static Notification anEvent() {
        return anEvent(NotificationType.UPDATE_POSTED, Optional.of(new ClientId(UUID.randomUUID())));
    }

    @Test
    void eachEvent_isOneLineOfTheHubsWireForm_endedByALineBreak() throws IOException {
        Notification first = anEvent();
        Notification second = anEvent(NotificationType.DAILY_DIGEST, Optional.empty());

        sender.send(first);
        sender.send(second);

        assertThat(content()).endsWith("}\n").hasLineCount(2);
        assertThat(lines().get(0)).startsWith("{\"id\":\"" + first.id() + "\",\"type\":\"update.posted\","
                + "\"tenantId\":\"" + first.tenantId() + "\",\"clientId\":\"" + first.clientId().orElseThrow() + "\","
                + "\"occurredAt\":\"2026-12-04T18:51:44.653974Z\",\"payload\":{");
        assertThat(lines().get(0)).contains("\"Beta is live.\\nNext: Müller's review ✓\"");
        assertThat(lines().get(1)).contains("\"clientId\":null");
    }

    @Test
    void anEventAlreadyInTheFile_isNotWrittenAgain_byASenderStartedLater() throws IOException {
        Notification event = anEvent();
        sender.send(event);

        newSender().send(event);

        assertThat(content()).hasLineCount(1);
    }

    @Test
    void linesAnotherSenderAppended_areKnownBeforeTheNextWrite() throws IOException {
        HubSender other = newSender();
        Notification mine = anEvent();
        Notification theirs = anEvent();

        sender.send(mine);
        other.send(theirs);
        sender.send(theirs);
        other.send(mine);

        assertThat(taken()).extracting(TakenEvent::event).containsExactly(mine, theirs);
    }

    @Test
    void twoSendersOfOneFile_atOnce_writeEveryEventOnce_onALineOfItsOwn() {
        List<Notification> shared = IntStream.range(0, 10).mapToObj(i -> anEvent()).toList();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        List<Notification> everyEvent = new ArrayList<>(shared);
        for (int s = 0; s < 2; s++) {
            HubSender each = newSender();
            List<Notification> own = IntStream.range(0, 50).mapToObj(i -> anEvent()).toList();
            everyEvent.addAll(own);
            running.add(CompletableFuture.runAsync(() -> {
                own.forEach(each::send);
                shared.forEach(each::send);
            }));
        }
        running.forEach(CompletableFuture::join);

        assertThat(taken()).extracting(TakenEvent::event).containsExactlyInAnyOrderElementsOf(everyEvent);
    }

    @Test
    void aLineTornByACrash_isCutOff_andTheEventWrittenWholeWhenSentAgain() throws IOException {
        Notification delivered = anEvent();
        Notification interrupted = anEvent();
        sender.send(delivered);
        Files.writeString(file(), "{\"id\":\"" + interrupted.id() + "\",\"type\":\"upd", UTF_8,
                StandardOpenOption.APPEND);

        newSender().send(interrupted);

        assertThat(content()).hasLineCount(2).endsWith("}\n");
        assertThat(taken()).extracting(TakenEvent::event).containsExactly(delivered, interrupted);
    }

    @Test
    void aFileMovedAway_isStartedAfresh_byTheNextEvent() throws IOException {
        Notification before = anEvent();
        Notification after = anEvent();
        sender.send(before);
        Files.move(file(), directory.resolve("events-1.jsonl"));

        sender.send(after);
        sender.send(before);

        assertThat(taken()).extracting(TakenEvent::event).containsExactly(after, before);
        assertThat(Files.readAllLines(directory.resolve("events-1.jsonl"), UTF_8)).hasSize(1);
    }

    @Test
    void aFileHoldingALineThatIsNoEvent_refusesTheEvent_sayingWhere() throws IOException {
        Notification first = anEvent();
        sender.send(first);
        Files.writeString(file(), "not an event\n", UTF_8, StandardOpenOption.APPEND);
        long at = Files.size(file()) - "not an event\n".length();

        assertThatThrownBy(() -> sender.send(anEvent())).isInstanceOf(HubRefused.class)
                .hasMessageContaining("the line at byte " + at + " is not an event");
        assertThat(content()).hasLineCount(2);
    }

    @Test
    void aFileInADirectoryThatIsNotThere_refusesTheEvent_namingTheFile() {
        Path nowhere = directory.resolve("missing").resolve("events.jsonl");

        assertThatThrownBy(() -> new FileHubSender(nowhere, new ObjectMapper()).send(anEvent()))
                .isInstanceOf(HubRefused.class).hasMessageContaining(nowhere.toString());
    }
}
