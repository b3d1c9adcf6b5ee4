package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.clientportal.application.port.BlobStore;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiCall;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.Multipart;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Uploads over HTTP, through the real portal on PostgreSQL and one file store: what operators and
 * contacts may attach where, each limit at and over its bound, and bad bodies. After every refusal
 * there is no new row and no new blob: nothing of a refused upload is kept. The same contract runs on
 * the file-system store and on the S3 store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttachmentUploadsContract {

    private static final int TEN_MB = 10 * 1024 * 1024;

    private Agency agency;
    private TenantId tenant;
    private String acme;
    private String project;
    private String sharedTask;
    private String internalTask;
    private String othersTask;
    private ApiClient uploader;
    private ApiClient viewer;

    /** The portal under test, started on the store of the subclass. */
    abstract PortalUnderTest portal();

    /** The store the portal writes to, opened by the test to see what it holds. */
    abstract BlobStore store();

    @BeforeAll
    void aSharedProject_withTasksOfBothVisibilities_andTwoContacts() {
        agency = portal().newAgency();
        tenant = new TenantId(UUID.fromString(agency.id()));
        acme = agency.client("Acme", "onboarding").path("id").asText();
        project = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        sharedTask = task(project, "Logo", "client");
        internalTask = task(project, "Margin check", "internal");
        String globex = agency.client("Globex", "onboarding").path("id").asText();
        String globexProject = agency.project(globex, "Globex site").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + globexProject, Map.of("visibility", "client")).expect(200);
        othersTask = task(globexProject, "Globex logo", "client");
        uploader = agency.owner().openPortal(agency.portalLink(
                agency.contact(acme, "Ada Buyer", "view", "upload").path("id").asText()));
        viewer = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Vic Viewer").path("id").asText()));
    }

    @Test
    void anOperator_attachesFiles_typedByTheirBytes_andDownloadsEachAsSent() {
        String key = task(project, "Brief", "internal");
        byte[] pdf = "%PDF-1.7\n% the brief\n".getBytes(StandardCharsets.US_ASCII);

        JsonNode added = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("brief.jpg", pdf).file("figures.csv", "name,amount\nAcme,12\n")
                        .field("note", "ignored")).expect(201).json().path("items");

        assertThat(added).hasSize(2);
        assertThat(added.get(0).path("name").asText()).isEqualTo("brief.jpg");
        assertThat(added.get(0).path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(added.get(0).path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(added.get(0).path("parentKind").asText()).isEqualTo("task");
        assertThat(added.get(1).path("contentType").asText()).isEqualTo("text/csv");
        JsonNode listed = agency.owner().get("/api/v1/tasks/" + key + "/attachments").expect(200).json();
        assertThat(listed.path("items").findValuesAsText("id")).containsExactly(added.get(0).path("id").asText(),
                added.get(1).path("id").asText());
        assertThat(listed.path("nextCursor").isNull()).isTrue();
        assertThat(download(agency.owner().post("/api/v1/attachments/" + added.get(1).path("id").asText()
                + "/download-link").expect(201).json()).body()).isEqualTo("name,amount\nAcme,12\n");
        JsonNode audit = agency.owner().get("/api/v1/audit-events?entityType=attachment").expect(200).json();
        assertThat(audit.path("items").findValuesAsText("action")).contains("attachment.added");
    }

    @Test
    void filesAttach_toUpdatesAndComments_too_andAContactSeesThoseSharedWithTheClient() {
        String update = agency.owner().post("/api/v1/projects/" + project + "/updates",
                Map.of("body", "Drafts are in", "visibility", "client")).expect(201).json().path("id").asText();
        String comment = agency.owner().post("/api/v1/tasks/" + sharedTask + "/comments",
                Map.of("body", "See the sketch", "visibility", "client")).expect(201).json().path("id").asText();
        String internalComment = agency.owner().post("/api/v1/tasks/" + sharedTask + "/comments",
                Map.of("body", "Margins are thin")).expect(201).json().path("id").asText();

        upload(agency.owner(), "/api/v1/updates/" + update + "/attachments", new Multipart().file("drafts.txt", "v1"))
                .expect(201);
        upload(agency.owner(), "/api/v1/comments/" + comment + "/attachments", new Multipart().file("sketch.txt", "s"))
                .expect(201);
        upload(agency.owner(), "/api/v1/comments/" + internalComment + "/attachments",
                new Multipart().file("costs.txt", "c")).expect(201);

        assertThat(viewer.get("/portal/api/v1/updates/" + update + "/attachments").expect(200).json()
                .path("items").findValuesAsText("name")).containsExactly("drafts.txt");
        JsonNode shared = viewer.get("/portal/api/v1/comments/" + comment + "/attachments").expect(200).json();
        assertThat(shared.path("items").findValuesAsText("name")).containsExactly("sketch.txt");
        assertThat(shared.path("items").get(0).has("uploadedBy")).isFalse();
        viewer.get("/portal/api/v1/comments/" + internalComment + "/attachments").expectProblem(404, "not-found");
        assertThat(agency.owner().get("/api/v1/comments/" + internalComment + "/attachments").expect(200).json()
                .path("items").findValuesAsText("name")).containsExactly("costs.txt");
    }

    @Test
    void aContactWithUpload_attachesToASharedTask_andEveryoneElseIsRefused() {
        JsonNode added = upload(uploader, "/portal/api/v1/tasks/" + sharedTask + "/attachments",
                new Multipart().file("photo.txt", "from the client")).expect(201).json().path("items").get(0);
        assertThat(added.path("uploadedByName").asText()).isEqualTo("Ada Buyer");
        assertThat(added.has("uploadedBy")).isFalse();
        assertThat(agency.owner().get("/api/v1/attachments/" + added.path("id").asText()).expect(200).json()
                .path("uploadedBy").asText()).startsWith("contact:");
        assertThat(viewer.get("/portal/api/v1/tasks/" + sharedTask + "/attachments").expect(200).json()
                .path("items").findValuesAsText("name")).contains("photo.txt");

        Counts before = counts();
        upload(viewer, "/portal/api/v1/tasks/" + sharedTask + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(403, "portal-right-missing");
        upload(uploader, "/portal/api/v1/tasks/" + internalTask + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(404, "not-found");
        upload(uploader, "/portal/api/v1/tasks/" + othersTask + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(404, "not-found");
        upload(agency.owner(), "/portal/api/v1/tasks/" + sharedTask + "/attachments",
                new Multipart().file("x.txt", "x")).expectProblem(401, "unauthenticated");
        upload(uploader, "/api/v1/tasks/" + sharedTask + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(401, "unauthenticated");
        upload(agency.operator("viewer"), "/api/v1/tasks/" + sharedTask + "/attachments",
                new Multipart().file("x.txt", "x")).expectProblem(403, "forbidden");
        upload(agency.owner(), "/api/v1/tasks/" + sharedTask + "/attachments", new Multipart().file("x.txt", "x"),
                false).expectProblem(403, "csrf-token-mismatch");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theClientsRequests_takeFilesFromItsContacts_andAsksFromTheAgencyToo() {
        ApiClient filer = agency.owner().openPortal(agency.portalLink(
                agency.contact(acme, "Fay Filer", "view", "request", "upload").path("id").asText()));
        String bug = filer.post("/portal/api/v1/requests", Map.of("kind", "bug", "title", "The form fails"))
                .expect(201).json().path("key").asText();
        String wanted = filer.post("/portal/api/v1/requests", Map.of("projectId", project, "kind", "task",
                "title", "A new page")).expect(201).json().path("key").asText();

        JsonNode shot = upload(filer, "/portal/api/v1/requests/" + bug + "/attachments",
                new Multipart().file("screen.txt", "what I saw")).expect(201).json().path("items").get(0);
        assertThat(shot.path("parentKind").asText()).isEqualTo("ask");
        upload(agency.owner(), "/api/v1/asks/" + bug + "/attachments", new Multipart().file("fix.txt", "the fix"))
                .expect(201);
        JsonNode brief = upload(filer, "/portal/api/v1/requests/" + wanted + "/attachments",
                new Multipart().file("brief.txt", "the page")).expect(201).json().path("items").get(0);

        assertThat(brief.path("parentKind").asText()).isEqualTo("task");
        assertThat(agency.owner().get("/api/v1/asks/" + bug + "/attachments").expect(200).json().path("items")
                .findValuesAsText("name")).containsExactly("screen.txt", "fix.txt");
        assertThat(viewer.get("/portal/api/v1/requests/" + bug + "/attachments").expect(200).json().path("items")
                .findValuesAsText("name")).containsExactly("screen.txt", "fix.txt");
        assertThat(viewer.get("/portal/api/v1/requests/" + wanted + "/attachments").expect(200).json().path("items")
                .findValuesAsText("name")).containsExactly("brief.txt");
        assertThat(download(viewer.post("/portal/api/v1/attachments/" + shot.path("id").asText() + "/download-link")
                .expect(201).json()).body()).isEqualTo("what I saw");

        Counts before = counts();
        upload(viewer, "/portal/api/v1/requests/" + bug + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(403, "portal-right-missing");
        // a task the client did not request, another client's request, a malformed key: none is a request
        for (String key : List.of(sharedTask, othersTask, "not-a-key")) {
            upload(filer, "/portal/api/v1/requests/" + key + "/attachments", new Multipart().file("x.txt", "x"))
                    .expectProblem(404, "not-found");
        }
        upload(agency.owner(), "/api/v1/asks/" + sharedTask + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(404, "not-found");
        agency.owner().get("/api/v1/asks/" + wanted + "/attachments").expectProblem(404, "not-found");
        upload(agency.operator("viewer"), "/api/v1/asks/" + bug + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(403, "forbidden");
        upload(filer, "/api/v1/asks/" + bug + "/attachments", new Multipart().file("x.txt", "x"))
                .expectProblem(401, "unauthenticated");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileOfExactly10MB_isKept_andOneByteMore_refusesTheWholeUpload() {
        String key = task(project, "Large files", "internal");
        byte[] limit = new byte[TEN_MB];
        Arrays.fill(limit, (byte) 'a');
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", new Multipart().file("exact.txt", limit))
                .expect(201);
        assertThat(agency.owner().get("/api/v1/tasks/" + key + "/attachments").expect(200).json()
                .path("items").get(0).path("size").asLong()).isEqualTo(TEN_MB);

        Counts before = counts();
        byte[] over = Arrays.copyOf(limit, TEN_MB + 1);
        over[TEN_MB] = 'a';
        JsonNode problem = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("small.txt", "kept only if all are").file("over.txt", over))
                .expectProblem(413, "file-too-large");
        assertThat(problem.path("maxBytes").asLong()).isEqualTo(TEN_MB);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void fiveFilesFitOnAParent_andASixth_isRefused_inOneUploadOrAcrossTwo() {
        String key = task(project, "Five files", "internal");
        Counts before = counts();
        Multipart six = new Multipart();
        for (int i = 1; i <= 6; i++) {
            six.file("f" + i + ".txt", "file " + i);
        }
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", six).expectProblem(413,
                "attachment.too-many-files");
        assertThat(counts()).isEqualTo(before);

        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("a.txt", "a").file("b.txt", "b").file("c.txt", "c")).expect(201);
        Counts three = counts();
        JsonNode refused = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("d.txt", "d").file("e.txt", "e").file("f.txt", "f"))
                .expectProblem(413, "attachment.too-many-files");
        assertThat(refused.path("attached").asInt()).isEqualTo(3);
        assertThat(counts()).isEqualTo(three);
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("d.txt", "d").file("e.txt", "e")).expect(201);
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", new Multipart().file("g.txt", "g"))
                .expectProblem(413, "attachment.too-many-files");
    }

    @Test
    void twoUploadsAtOnce_cannotTogetherPassTheLimit() {
        String key = task(project, "Raced", "internal");
        Multipart three = new Multipart().file("a.txt", "a").file("b.txt", "b").file("c.txt", "c");

        List<CompletableFuture<ApiResponse>> racing = List.of(
                call(agency.owner(), "/api/v1/tasks/" + key + "/attachments", three, true).sendAsync(),
                call(agency.owner(), "/api/v1/tasks/" + key + "/attachments", three, true).sendAsync());

        List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(ApiResponse::status).sorted()
                .toList();
        assertThat(statuses).containsExactly(201, 413);
        assertThat(agency.owner().get("/api/v1/tasks/" + key + "/attachments").expect(200).json().path("items"))
                .hasSize(3);
    }

    @Test
    void twentyFormFieldsAreTaken_andATwentyFirst_orAnOversizedOne_isRefused() {
        String key = task(project, "Forms", "internal");
        Multipart twenty = new Multipart();
        for (int i = 1; i <= 20; i++) {
            twenty.field("field" + i, "value " + i);
        }
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", twenty.file("a.txt", "a")).expect(201);

        Counts before = counts();
        Multipart twentyOne = new Multipart().file("b.txt", "b");
        for (int i = 1; i <= 21; i++) {
            twentyOne.field("field" + i, "value " + i);
        }
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", twentyOne)
                .expectProblem(413, "upload.too-many-fields");
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().field("note", "n".repeat(8 * 1024 + 1)).file("c.txt", "c"))
                .expectProblem(413, "upload.field-too-large");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void programsAndScripts_areRefused_whateverTheirName() {
        String key = task(project, "Programs", "internal");
        Counts before = counts();
        byte[] windows = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};

        JsonNode problem = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("fine.txt", "fine").file("invoice.pdf", windows))
                .expectProblem(415, "attachment.type-refused");
        assertThat(problem.path("name").asText()).isEqualTo("invoice.pdf");
        upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("notes.txt", "#!/bin/sh\necho hi\n")).expectProblem(415, "attachment.type-refused");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badBodies_areRefusedAsSuch() {
        String path = "/api/v1/tasks/" + sharedTask + "/attachments";
        Counts before = counts();

        agency.owner().call("POST", path).json(Map.of("file", "x")).send().expectProblem(415, "upload.not-multipart");
        agency.owner().call("POST", path).bytes(Multipart.CONTENT_TYPE, ("--" + Multipart.BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\n\r\nno end")
                        .getBytes(StandardCharsets.US_ASCII)).send().expectProblem(400, "upload.malformed");
        upload(agency.owner(), path, new Multipart().field("note", "no file")).expectProblem(400, "validation");
        JsonNode replay = call(agency.owner(), path, new Multipart().file("a.txt", "a"), true)
                .idempotencyKey("upload-1").send().expectProblem(400, "validation");
        assertThat(replay.path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        upload(agency.owner(), "/api/v1/tasks/ACME-999/attachments", new Multipart().file("a.txt", "a"))
                .expectProblem(404, "not-found");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyAnnouncedOverTheUploadLimit_isRefusedBeforeItArrives() throws IOException {
        Counts before = counts();
        String head = "POST /api/v1/tasks/" + sharedTask + "/attachments HTTP/1.1\r\nHost: portal\r\n"
                + "Cookie: " + agency.owner().cookieHeader() + "\r\nX-CSRF-Token: "
                + agency.owner().csrfToken() + "\r\nContent-Type: " + Multipart.CONTENT_TYPE
                + "\r\nContent-Length: " + (60L * 1024 * 1024) + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", portal().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aClientThatGoesAwayMidUpload_leavesNoRecordAndNoFile() throws Exception {
        String key = task(project, "Cut off", "internal");
        Counts before = counts();

        try (Socket cutOff = beginUpload(key, 8 * 1024 * 1024, 2 * 1024 * 1024)) {
            // Long enough for the upload to be streaming into the store when its client goes.
            Thread.sleep(1000);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!counts().equals(before) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        // The portal answers the next request as usual, and has kept nothing of the cut-off one.
        agency.owner().get("/api/v1/tasks/" + key + "/attachments").expect(200);
        assertThat(counts()).isEqualTo(before);
    }

    /** An upload of one file that announces {@code announced} bytes and sends only {@code sent} of its content. */
    private Socket beginUpload(String taskKey, int announced, int sent) throws IOException {
        byte[] start = ("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"half.bin\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        String head = "POST /api/v1/tasks/" + taskKey + "/attachments HTTP/1.1\r\nHost: portal\r\n"
                + "Cookie: " + agency.owner().cookieHeader() + "\r\nX-CSRF-Token: "
                + agency.owner().csrfToken() + "\r\nContent-Type: " + Multipart.CONTENT_TYPE
                + "\r\nContent-Length: " + announced + "\r\n\r\n";
        Socket socket = new Socket("127.0.0.1", portal().port());
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(start);
        byte[] content = new byte[sent];
        Arrays.fill(content, (byte) 'z');
        out.write(content);
        out.flush();
        return socket;
    }

    /**
     * The subclasses' portals serve with 16 request threads, so 4 may be uploading at once: a fifth
     * upload is turned away with 429 while four stall, and taken once they have gone. A stalled
     * upload reaches its route a moment after its bytes are sent; should the probe be quicker and
     * take the slot (it is then answered 400, having no file), the round is tried again.
     */
    @Test
    void whileAQuarterOfTheThreadsAreUploading_anotherUploadIsAskedToRetry() throws Exception {
        String key = task(project, "Busy", "internal");
        Multipart probe = new Multipart().field("note", "no file");
        ApiResponse refused = null;
        for (int round = 0; round < 5 && (refused == null || refused.status() != 429); round++) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    stalled.add(beginUpload(key, 1024 * 1024, 1024));
                }
                Thread.sleep(1000);
                refused = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", probe);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
        refused.expectProblem(429, "rate-limited");
        assertThat(refused.header("Retry-After")).isEqualTo("5");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        ApiResponse taken = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments",
                new Multipart().file("later.txt", "l"));
        while (taken.status() == 429 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            taken = upload(agency.owner(), "/api/v1/tasks/" + key + "/attachments", new Multipart().file("later.txt", "l"));
        }
        taken.expect(201);
    }

    /** Attachment rows and stored blobs of the agency. */
    private record Counts(long rows, int blobs) {
    }

    private Counts counts() {
        try (Connection db = portal().connectAsAdmin();
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from portal.attachments where tenant_id = ?")) {
            count.setObject(1, tenant.value());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Counts(rows.getLong(1), store().list(tenant, Optional.empty(), BlobStore.MAX_PAGE).blobs()
                        .size());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String task(String projectId, String title, String visibility) {
        return agency.owner().post("/api/v1/tasks", Map.of("projectId", projectId, "title", title,
                "visibility", visibility)).expect(201).json().path("key").asText();
    }

    private ApiResponse upload(ApiClient client, String path, Multipart body) {
        return upload(client, path, body, true);
    }

    private ApiResponse upload(ApiClient client, String path, Multipart body, boolean withCsrf) {
        return call(client, path, body, withCsrf).send();
    }

    private static ApiCall call(ApiClient client, String path, Multipart body, boolean withCsrf) {
        ApiCall call = client.call("POST", path).bytes(Multipart.CONTENT_TYPE, body.bytes());
        return withCsrf ? call : call.withoutCsrf();
    }

    private ApiResponse download(JsonNode link) {
        String url = link.path("url").asText();
        return portal().anonymous().get(url.substring(url.indexOf("/files/"))).expect(200);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
