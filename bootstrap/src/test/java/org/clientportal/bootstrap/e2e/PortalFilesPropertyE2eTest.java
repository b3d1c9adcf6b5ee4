package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.Multipart;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A property of the files, on PostgreSQL over HTTP: for random datasets (two agencies, each with
 * clients, shared and internal projects, tasks, comments and updates of random visibilities, asks
 * the clients filed, a file uploaded onto every one of them), every contact lists the files of exactly the parents shared with
 * their client, gets a download link for exactly those files, and the link serves that file's bytes;
 * every other parent and file, of their own client, another client or another agency, is 404 like
 * one that does not exist. Each run draws a new seed and names it in every failure;
 * {@code -Dportal.files.seed=<seed>} replays one.
 */
class PortalFilesPropertyE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final int DATASETS = 2;
    private static final String[] CLIENT_NAMES = {"Alpha", "Beta", "Gamma", "Delta"};

    /**
     * One uploaded file: where it hangs (its parent's path, under the agency's and the portal's API),
     * whose it is, whether the client sees it.
     */
    private record File(String id, String parentPath, String portalPath, String clientId, boolean shared,
                        String content) {
    }

    /** A contact of one client, signed in to the portal. */
    private record Viewer(String clientId, ApiClient portal) {
    }

    @Test
    void everyContact_seesTheFilesOfExactlyTheParentsSharedWithTheirClient() {
        long first = Long.getLong("portal.files.seed", System.nanoTime());
        for (int n = 0; n < DATASETS; n++) {
            long seed = first + n;
            List<File> files = new ArrayList<>();
            List<Viewer> viewers = new ArrayList<>();
            Random random = new Random(seed);
            for (int a = 0; a < 2; a++) {
                dataset(PORTAL.newAgency(), random, a, files, viewers);
            }
            for (Viewer viewer : viewers) {
                checkEverything(viewer, files, "seed " + seed);
            }
        }
    }

    private static void dataset(Agency agency, Random random, int agencyNumber, List<File> files,
                                List<Viewer> viewers) {
        for (int c = 0; c < 2; c++) {
            String client = agency.client(CLIENT_NAMES[agencyNumber * 2 + c], "onboarding").path("id").asText();
            String contact = agency.contact(client, "Contact " + c).path("id").asText();
            viewers.add(new Viewer(client, agency.owner().openPortal(agency.portalLink(contact))));
            ApiClient filer = agency.owner().openPortal(agency.portalLink(agency.contact(client, "Filer " + c,
                    "view", "request").path("id").asText()));
            for (int q = 0; q < 1 + random.nextInt(2); q++) {
                String ask = filer.post("/portal/api/v1/requests", Map.of("kind", random.nextBoolean() ? "bug"
                        : "question", "title", "Ask " + q)).expect(201).json().path("key").asText();
                files.add(upload(agency, "/asks/" + ask, "/requests/" + ask, client, true));
            }
            for (int p = 0; p < 1 + random.nextInt(2); p++) {
                boolean projectShared = random.nextBoolean();
                String project = agency.project(client, "Project " + p).path("id").asText();
                if (projectShared) {
                    agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
                }
                boolean updateShared = random.nextBoolean();
                String update = agency.owner().post("/api/v1/projects/" + project + "/updates",
                        Map.of("body", "Update " + p, "visibility", visibility(updateShared))).expect(201).json()
                        .path("id").asText();
                files.add(upload(agency, "/updates/" + update, "/updates/" + update, client,
                        projectShared && updateShared));
                for (int t = 0; t < 1 + random.nextInt(2); t++) {
                    boolean taskShared = random.nextBoolean();
                    String task = agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title",
                            "Task " + t, "visibility", visibility(taskShared))).expect(201).json().path("key").asText();
                    files.add(upload(agency, "/tasks/" + task, "/tasks/" + task, client,
                            projectShared && taskShared));
                    boolean commentShared = random.nextBoolean();
                    String comment = agency.owner().post("/api/v1/tasks/" + task + "/comments", Map.of("body",
                            "Comment", "visibility", visibility(commentShared))).expect(201).json().path("id").asText();
                    files.add(upload(agency, "/comments/" + comment, "/comments/" + comment, client,
                            projectShared && taskShared && commentShared));
                }
            }
        }
    }

    private static File upload(Agency agency, String parentPath, String portalPath, String clientId,
                               boolean shared) {
        String content = "file " + UUID.randomUUID();
        JsonNode added = agency.owner().call("POST", "/api/v1" + parentPath + "/attachments")
                .bytes(Multipart.CONTENT_TYPE, new Multipart().file("notes.txt", content).bytes()).send()
                .expect(201).json().path("items").get(0);
        return new File(added.path("id").asText(), parentPath, portalPath, clientId, shared, content);
    }

    private static void checkEverything(Viewer viewer, List<File> files, String seed) {
        for (File file : files) {
            boolean theirs = file.clientId().equals(viewer.clientId()) && file.shared();
            String why = seed + ": " + file + " for a contact of " + viewer.clientId();

            ApiResponse list = viewer.portal().get("/portal/api/v1" + file.portalPath() + "/attachments");
            ApiResponse link = viewer.portal().post("/portal/api/v1/attachments/" + file.id() + "/download-link");
            if (theirs) {
                assertThat(list.status()).as(why).isEqualTo(200);
                assertThat(list.json().path("items").findValuesAsText("id")).as(why).containsExactly(file.id());
                assertThat(link.status()).as(why).isEqualTo(201);
                String url = link.json().path("url").asText();
                assertThat(PORTAL.anonymous().get(url.substring(url.indexOf("/files/"))).expect(200).body()).as(why)
                        .isEqualTo(file.content());
            } else {
                assertThat(list.status()).as(why).isEqualTo(404);
                assertThat(list.json().path("code").asText()).as(why).isEqualTo("not-found");
                assertThat(link.status()).as(why).isEqualTo(404);
            }
        }
    }

    private static String visibility(boolean shared) {
        return shared ? "client" : "internal";
    }
}
