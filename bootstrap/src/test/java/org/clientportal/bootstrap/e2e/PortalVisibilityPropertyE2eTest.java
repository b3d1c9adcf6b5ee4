package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A property of the whole portal, on PostgreSQL over HTTP: for random datasets (two agencies, each
 * with clients, contacts, projects, milestones, updates, tasks and comments of random visibilities,
 * and the clients' own task requests, asks, linked tasks and replies), every
 * portal read of every contact answers only records of the contact's own client that are shared
 * with it, and an internal record's id answers 404 like one that does not exist. Each run draws a
 * new seed and names it in every failure; {@code -Dportal.visibility.seed=<seed>} replays one.
 */
class PortalVisibilityPropertyE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final int DATASETS = 2;

    /**
     * What the data says one contact may see: ids and keys of records, the shared projects with the
     * keys of their client-visible milestones, and the client's internal projects.
     */
    private record Expectation(ApiClient contact, Set<String> visible, Set<String> hidden,
                               Map<String, List<String>> sharedMilestones, List<String> hiddenProjects) {
    }

    @Test
    void everyPortalRead_ofEveryContact_showsOnlyWhatIsSharedWithTheirClient() {
        long first = Long.getLong("portal.visibility.seed", System.nanoTime());
        for (int n = 0; n < DATASETS; n++) {
            long seed = first + n;
            for (Expectation expectation : dataset(new Random(seed))) {
                readEverything(expectation, "seed " + seed);
            }
        }
    }

    private List<Expectation> dataset(Random random) {
        List<Expectation> expectations = new ArrayList<>();
        Map<String, Set<String>> visibleByClient = new HashMap<>();
        Set<String> everything = new HashSet<>();
        Map<String, List<String>> internalProjectsByClient = new HashMap<>();
        Map<String, Map<String, List<String>>> sharedMilestonesByClient = new HashMap<>();
        List<Map.Entry<String, ApiClient>> contacts = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            Agency agency = PORTAL.newAgency();
            for (int c = 0; c < 2; c++) {
                String client = agency.client("Client " + a + c, "onboarding").path("id").asText();
                Set<String> visible = visibleByClient.computeIfAbsent(client, k -> new HashSet<>());
                List<String> sharedProjects = new ArrayList<>();
                for (int p = 0; p < 1 + random.nextInt(3); p++) {
                    boolean shared = random.nextBoolean();
                    String project = agency.project(client, "Project " + p).path("id").asText();
                    everything.add(project);
                    if (shared) {
                        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
                        visible.add(project);
                    } else {
                        internalProjectsByClient.computeIfAbsent(client, k -> new ArrayList<>()).add(project);
                    }
                    List<Map<String, Object>> plan = new ArrayList<>();
                    List<String> sharedSteps = new ArrayList<>();
                    for (int m = 0; m < random.nextInt(4); m++) {
                        Map<String, Object> milestone = new HashMap<>(Map.of("key", "m" + m, "title", "Milestone " + m));
                        if (random.nextBoolean()) {
                            milestone.put("visibility", "client");
                            sharedSteps.add("m" + m);
                        }
                        plan.add(milestone);
                    }
                    if (shared) {
                        sharedMilestonesByClient.computeIfAbsent(client, k -> new HashMap<>()).put(project, sharedSteps);
                    }
                    agency.owner().put("/api/v1/projects/" + project + "/milestones", Map.of("milestones", plan))
                            .expect(200);
                    for (int u = 0; u < random.nextInt(4); u++) {
                        boolean clientVisible = random.nextBoolean();
                        String update = agency.owner().post("/api/v1/projects/" + project + "/updates",
                                Map.of("body", "Update " + u, "visibility", clientVisible ? "client" : "internal"))
                                .expect(201).json().path("id").asText();
                        everything.add(update);
                        if (shared && clientVisible) {
                            visible.add(update);
                        }
                    }
                    for (int t = 0; t < random.nextInt(3); t++) {
                        boolean clientVisible = random.nextBoolean();
                        JsonNode task = agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title",
                                "Task " + t + " zeta", "visibility", clientVisible ? "client" : "internal")).expect(201)
                                .json();
                        List<String> idAndKey = List.of(task.path("id").asText(), task.path("key").asText());
                        everything.addAll(idAndKey);
                        if (shared && clientVisible) {
                            visible.addAll(idAndKey);
                        }
                        for (int n = 0; n < random.nextInt(3); n++) {
                            boolean commentVisible = random.nextBoolean();
                            String comment = agency.owner().post("/api/v1/tasks/" + idAndKey.get(1) + "/comments",
                                    Map.of("body", "Comment " + n + " zeta", "visibility",
                                            commentVisible ? "client" : "internal")).expect(201).json().path("id").asText();
                            everything.add(comment);
                            if (shared && clientVisible && commentVisible) {
                                visible.add(comment);
                            }
                        }
                    }
                    if (shared) {
                        sharedProjects.add(project);
                    }
                }
                for (int k = 0; k < 1 + random.nextInt(2); k++) {
                    String contact = agency.contact(client, "Contact " + k).path("id").asText();
                    contacts.add(Map.entry(client, agency.owner().openPortal(agency.portalLink(contact))));
                }
                ApiClient requester = agency.owner().openPortal(agency.portalLink(
                        agency.contact(client, "Requester", "request").path("id").asText()));
                contacts.add(Map.entry(client, requester));
                fileRequests(random, agency, requester, sharedProjects, visible, everything);
            }
        }
        for (Map.Entry<String, ApiClient> entry : contacts) {
            Set<String> visible = visibleByClient.get(entry.getKey());
            Set<String> hidden = new HashSet<>(everything);
            hidden.removeAll(visible);
            expectations.add(new Expectation(entry.getValue(), visible, hidden,
                    sharedMilestonesByClient.getOrDefault(entry.getKey(), Map.of()),
                    internalProjectsByClient.getOrDefault(entry.getKey(), List.of())));
        }
        return expectations;
    }

    /**
     * The requester files task requests (on shared projects) and asks (on one or on none); the agency
     * classifies some asks as tasks and replies to some. All of it is the client's own, so visible to
     * its contacts and hidden from every other client's.
     */
    private static void fileRequests(Random random, Agency agency, ApiClient requester, List<String> sharedProjects,
                                     Set<String> visible, Set<String> everything) {
        for (int r = 0; r < 1 + random.nextInt(3); r++) {
            boolean task = !sharedProjects.isEmpty() && random.nextBoolean();
            String project = sharedProjects.isEmpty() || random.nextBoolean() ? null
                    : sharedProjects.get(random.nextInt(sharedProjects.size()));
            Map<String, Object> body = new HashMap<>(Map.of("kind", task ? "task" : random.nextBoolean() ? "bug" : "question",
                    "title", "Request " + r + " zeta"));
            if (task) {
                body.put("projectId", sharedProjects.get(0));
            } else if (project != null) {
                body.put("projectId", project);
            }
            String key = requester.post("/portal/api/v1/requests", body).expect(201).json().path("key").asText();
            JsonNode ask = task ? null : agency.owner().get("/api/v1/asks/" + key).expect(200).json();
            List<String> idAndKey = List.of(task ? agency.owner().get("/api/v1/tasks/" + key).expect(200).json()
                    .path("id").asText() : ask.path("id").asText(), key);
            everything.addAll(idAndKey);
            visible.addAll(idAndKey);
            if (ask != null && project != null && random.nextBoolean()) {
                JsonNode linked = agency.owner().get("/api/v1/tasks/" + agency.owner().post("/api/v1/asks/" + key
                        + "/classification", Map.of("as", "task")).expect(200).json().path("taskKey").asText())
                        .expect(200).json();
                List<String> linkedIds = List.of(linked.path("id").asText(), linked.path("key").asText());
                everything.addAll(linkedIds);
                visible.addAll(linkedIds);
            }
            if (ask != null && random.nextBoolean()) {
                String reply = agency.owner().post("/api/v1/asks/" + key + "/replies", Map.of("body", "Reply zeta"))
                        .expect(201).json().path("id").asText();
                everything.add(reply);
                visible.add(reply);
            }
        }
    }

    /** Every portal read, every page of each list, then the hidden projects by id. */
    private void readEverything(Expectation expectation, String seed) {
        List<JsonNode> answers = new ArrayList<>();
        answers.add(expectation.contact().get("/portal/api/v1/me").expect(200).json());
        List<JsonNode> projectPages = allPages(expectation.contact(), "/portal/api/v1/projects");
        answers.addAll(projectPages);
        answers.addAll(allPages(expectation.contact(), "/portal/api/v1/updates"));
        answers.addAll(allPages(expectation.contact(), "/portal/api/v1/feed"));
        answers.addAll(allPages(expectation.contact(), "/portal/api/v1/tasks"));
        List<JsonNode> requestPages = allPages(expectation.contact(), "/portal/api/v1/requests");
        answers.addAll(requestPages);
        requestPages.forEach(page -> page.path("items").forEach(r -> answers.add(expectation.contact()
                .get("/portal/api/v1/requests/" + r.path("key").asText()).expect(200).json())));
        answers.addAll(allPages(expectation.contact(), "/portal/api/v1/search?q=zeta"));
        answers.addAll(allPages(expectation.contact(), "/portal/api/v1/search?q=zeta&types=comment,ask"));
        Set<String> listedProjects = new HashSet<>();
        projectPages.forEach(page -> page.path("items").forEach(p -> listedProjects.add(p.path("id").asText())));
        assertThat(listedProjects).as(seed + ": the shared projects, and only they, are listed")
                .containsExactlyInAnyOrderElementsOf(expectation.sharedMilestones().keySet());
        for (Map.Entry<String, List<String>> project : expectation.sharedMilestones().entrySet()) {
            JsonNode read = expectation.contact().get("/portal/api/v1/projects/" + project.getKey()).expect(200).json();
            assertThat(read.path("milestones")).extracting(m -> m.path("key").asText())
                    .as(seed + ": the shared milestones of " + project.getKey())
                    .containsExactlyElementsOf(project.getValue());
            answers.add(read);
            answers.addAll(allPages(expectation.contact(), "/portal/api/v1/updates?projectId=" + project.getKey()));
        }
        Set<String> seen = new HashSet<>();
        answers.forEach(answer -> collectIdsAndKeys(answer, seen));
        assertThat(seen).as(seed + ": nothing hidden from this contact is answered").doesNotContainAnyElementsOf(
                expectation.hidden());
        for (String hidden : expectation.hidden()) {
            if (hidden.matches("[A-Z][A-Z0-9]{1,9}-[0-9]+")) {
                try {
                    expectation.contact().get("/portal/api/v1/requests/" + hidden).expectProblem(404, "not-found");
                } catch (AssertionError e) {
                    throw new AssertionError(seed + ": " + e.getMessage(), e);
                }
            }
        }
        for (String hiddenProject : expectation.hiddenProjects()) {
            expectation.contact().get("/portal/api/v1/projects/" + hiddenProject).expectProblem(404, "not-found");
            assertThat(expectation.contact().get("/portal/api/v1/updates?projectId=" + hiddenProject).expect(200)
                    .json().path("items")).as(seed + ": updates of an internal project").isEmpty();
        }
    }

    private static List<JsonNode> allPages(ApiClient contact, String path) {
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            JsonNode page = contact.get(path + separator + "limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200).json();
            pages.add(page);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null && pages.size() < 50);
        return pages;
    }

    private static void collectIdsAndKeys(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ((field.getKey().equals("id") || field.getKey().equals("key") || field.getKey().equals("subject")
                        || field.getKey().endsWith("Id"))
                        && field.getValue().isTextual()) {
                    into.add(field.getValue().asText());
                }
                collectIdsAndKeys(field.getValue(), into);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectIdsAndKeys(child, into));
        }
    }
}
