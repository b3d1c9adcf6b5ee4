package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.clientportal.adapters.crypto.HmacSha256LinkSigner;
import org.clientportal.adapters.files.FileSystemBlobStore;
import org.clientportal.application.attachment.DownloadLinks;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.Multipart;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL and the file-system store: operator and contact get download links to
 * the files they may see, and the link alone fetches the file with safe headers; a link that was
 * altered, forged or has expired is refused.
 */
class AttachmentDownloadsE2eTest {

    private static final Path FILES = temporaryDirectory();
    private static final byte[] SIGNING_KEY = "uploads e2e signing key, 32 bytes at least".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_FILES_DIR", FILES.toString())
            .with("PORTAL_FILES_SIGNING_KEY", Base64.getEncoder().encodeToString(SIGNING_KEY));

    private static Agency agency;
    private static ApiClient contact;
    private static String acme;
    private static String project;
    private static String internalTask;
    private static String othersTask;
    private static String globex;

    @BeforeAll
    static void aSharedProjectWithTasksOfBothVisibilities() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme", "onboarding").path("id").asText();
        project = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        internalTask = taskKey(project, "Margin check", "internal");
        globex = agency.client("Globex", "onboarding").path("id").asText();
        String globexProject = agency.project(globex, "Globex site").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + globexProject, Map.of("visibility", "client")).expect(200);
        othersTask = taskKey(globexProject, "Globex logo", "client");
        contact = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada Buyer").path("id").asText()));
    }

    @AfterAll
    static void removeTheFiles() throws IOException {
        try (var paths = Files.walk(FILES)) {
            paths.sorted(Comparator.reverseOrder()).forEach(AttachmentDownloadsE2eTest::delete);
        }
    }

    @Test
    void operatorAndContact_downloadTheSameFile_savedUnderItsName_asItsStoredType() {
        String id = attach(sharedTask(), "Résumé \"final\".pdf", "%PDF-1.7 the brief");

        JsonNode record = agency.owner().get("/api/v1/attachments/" + id).expect(200).json();
        assertThat(record.path("name").asText()).isEqualTo("Résumé \"final\".pdf");
        assertThat(record.path("parentKind").asText()).isEqualTo("task");
        assertThat(record.path("size").asLong()).isEqualTo(18);
        JsonNode operatorsLink = agency.owner().post("/api/v1/attachments/" + id + "/download-link").expect(201).json();
        JsonNode contactsLink = contact.post("/portal/api/v1/attachments/" + id + "/download-link").expect(201).json();
        assertThat(Instant.parse(operatorsLink.path("expiresAt").asText()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));

        for (JsonNode link : new JsonNode[] {operatorsLink, contactsLink}) {
            ApiResponse file = PORTAL.anonymous().get(pathOf(link)).expect(200);
            assertThat(file.body()).isEqualTo("%PDF-1.7 the brief");
            assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(file.header("Content-Length")).isEqualTo("18");
            assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"R_sum_ _final_.pdf\";"
                    + " filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22.pdf");
        }
    }

    @Test
    void headOfALink_answersTheFilesHeaders_withoutItsContent() {
        String id = attach(sharedTask(), "brief.pdf", "%PDF-1.7 the brief");
        String path = pathOf(agency.owner().post("/api/v1/attachments/" + id + "/download-link").expect(201).json());

        ApiResponse head = PORTAL.anonymous().call("HEAD", path).send().expect(200);

        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(head.header("Content-Length")).isEqualTo("18");
        assertThat(head.header("Content-Disposition")).startsWith("attachment; filename=\"brief.pdf\"");
        PORTAL.anonymous().call("HEAD", "/files/forged").send().expect(403);
    }

    @Test
    void aClientThatAcceptsGzip_stillGetsTheFileAsStored_exactlyItsLengthLong() {
        String text = "line of notes\n".repeat(500);
        String id = attach(sharedTask(), "notes.txt", text);
        String path = pathOf(agency.owner().post("/api/v1/attachments/" + id + "/download-link").expect(201).json());

        ApiResponse file = PORTAL.anonymous().call("GET", path).header("Accept-Encoding", "gzip").send().expect(200);

        assertThat(file.header("Content-Encoding")).isNull();
        assertThat(file.header("Content-Length")).isEqualTo(Integer.toString(text.length()));
        assertThat(file.body()).isEqualTo(text);
    }

    @Test
    void aFileOfAnInternalTask_orOfAnotherClient_isNotFoundForTheContact_butTheAgencySeesIt() {
        for (String[] parent : new String[][] {{acme, internalTask}, {globex, othersTask}}) {
            String id = attach(parent[1], "private.txt", "not for Acme's eyes");

            contact.post("/portal/api/v1/attachments/" + id + "/download-link").expectProblem(404, "not-found");
            agency.owner().post("/api/v1/attachments/" + id + "/download-link").expect(201);
        }
        contact.post("/portal/api/v1/attachments/not-an-id/download-link").expectProblem(404, "not-found");
        agency.owner().get("/api/v1/attachments/" + UUID.randomUUID()).expectProblem(404, "not-found");
    }

    @Test
    void anotherAgency_findsNoneOfThem() {
        String id = attach(sharedTask(), "brief.txt", "brief");
        Agency other = PORTAL.newAgency();

        other.owner().get("/api/v1/attachments/" + id).expectProblem(404, "not-found");
        other.owner().post("/api/v1/attachments/" + id + "/download-link").expectProblem(404, "not-found");
    }

    @Test
    void anAlteredOrGarbledLink_isRefused() {
        String id = attach(sharedTask(), "brief.txt", "brief");
        String path = pathOf(agency.owner().post("/api/v1/attachments/" + id + "/download-link").expect(201).json());
        char last = path.charAt(path.length() - 1);
        String altered = path.substring(0, path.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String bad : new String[] {altered, path.substring(0, path.length() - 4), "/files/garbage", "/files/" + "A".repeat(96)}) {
            PORTAL.anonymous().get(bad).expectProblem(403, "file-link.invalid");
        }
    }

    @Test
    void aGenuineLinkPastItsExpiry_isRefusedAsExpired() {
        String id = attach(sharedTask(), "brief.txt", "brief");
        // Signed with the configured key, so it is genuine: only its time is up.
        String url = new DownloadLinks(new HmacSha256LinkSigner(SIGNING_KEY), Duration.ofMinutes(15), "")
                .issue(new TenantId(UUID.fromString(agency.id())), new AttachmentId(UUID.fromString(id)),
                        Instant.now().minus(Duration.ofMinutes(16))).url();

        PORTAL.anonymous().get(url).expectProblem(403, "file-link.expired");
    }

    @Test
    void aLinkWhoseFileIsGone_isNotFound() throws SQLException {
        String id = attach(sharedTask(), "gone.txt", "soon gone");
        String path = pathOf(agency.owner().post("/api/v1/attachments/" + id + "/download-link").expect(201).json());
        new FileSystemBlobStore(FILES).delete(new TenantId(UUID.fromString(agency.id())), new BlobKey(blobKeyOf(id)));

        PORTAL.anonymous().get(path).expectProblem(404, "not-found");
    }

    private static String pathOf(JsonNode link) {
        String url = link.path("url").asText();
        return url.substring(url.indexOf(DownloadLinks.PATH));
    }

    private static String taskKey(String project, String title, String visibility) {
        return agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", title,
                "visibility", visibility)).expect(201).json().path("key").asText();
    }

    /** A new client-visible task of the shared project: each holds only a few files. */
    private static String sharedTask() {
        return taskKey(project, "Shared work", "client");
    }

    /** Uploaded as an operator does it; the record's id. */
    private static String attach(String taskKey, String name, String content) {
        return agency.owner().call("POST", "/api/v1/tasks/" + taskKey + "/attachments")
                .bytes(Multipart.CONTENT_TYPE, new Multipart().file(name, content).bytes()).send().expect(201).json()
                .path("items").get(0).path("id").asText();
    }

    private static String blobKeyOf(String attachmentId) throws SQLException {
        try (Connection db = PORTAL.connectAsAdmin();
             PreparedStatement select = db.prepareStatement("select blob_key from portal.attachments where id = ?")) {
            select.setObject(1, UUID.fromString(attachmentId));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("portal-uploads-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
