package org.clientportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI driven against a real running portal: every command at least once, bad input included. */
class CliAgainstPortalTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis("portal_cli");

    /** The portal's address, as a user gives it to the CLI. */
    static String url() {
        return PORTAL.base().toString();
    }

    @TempDir
    static Path home;

    static Agency agency;
    static Map<String, String> signedIn;

    @BeforeAll
    static void signIn() {
        agency = PORTAL.newAgency();
        signedIn = Map.of("PORTAL_CONFIG_DIR", home.resolve("signed-in").toString());
        CliRun login = login(signedIn, Agency.PASSWORD);
        assertThat(login.code()).as(login.toString()).isZero();
    }

    static CliRun login(Map<String, String> env, String password) {
        return CliRun.of(env, password + "\n", "login", "--url", url(), "--tenant", agency.slug(),
                "--email", agency.ownerEmail(), "--password-stdin");
    }

    static CliRun cli(String... args) {
        return CliRun.of(signedIn, "", args);
    }

    static CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    static JsonNode json(String... args) {
        String[] withJson = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--json"))
                .toArray(String[]::new);
        return Json.parse(ok(withJson).out());
    }

    static String newClient(String name) {
        return json("clients", "create", "--name", name).path("id").asText();
    }

    /** A project on a client that may have it active: the client is moved to onboarding first. */
    static String newProject(String name) {
        String client = newClient(name + " Co");
        ok("clients", "move", client, "onboarding");
        return json("projects", "create", "--client", client, "--name", name).path("id").asText();
    }

    @Test
    void login_storesTheKeyInAFileOnlyTheUserCanRead_andWhoamiActsWithIt() throws IOException {
        Map<String, String> env = Map.of("PORTAL_CONFIG_DIR", home.resolve("fresh").toString());
        CliRun login = login(env, Agency.PASSWORD);

        assertThat(login.code()).as(login.toString()).isZero();
        assertThat(login.out()).contains("Signed in to " + url(), agency.ownerEmail(), "(admin)");
        Path stored = home.resolve("fresh").resolve("config.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
        assertThat(Files.readString(stored)).contains("\"apiKey\" : \"cmp_");

        CliRun whoami = CliRun.of(env, "", "whoami");
        assertThat(whoami.code()).as(whoami.toString()).isZero();
        assertThat(whoami.out()).contains("api-key:", "admin", "(" + agency.slug() + ")");
        JsonNode me = Json.parse(CliRun.of(env, "", "whoami", "--json").out());
        assertThat(me.path("role").asText()).isEqualTo("admin");
        assertThat(me.path("tenant").path("slug").asText()).isEqualTo(agency.slug());
    }

    @Test
    void login_withAWrongPassword_exits4WithThePortalsWords_andStoresNothing() {
        Map<String, String> env = Map.of("PORTAL_CONFIG_DIR", home.resolve("wrong").toString());
        CliRun login = login(env, "not the password");

        assertThat(login.code()).isEqualTo(ExitCode.AUTH);
        assertThat(login.err()).isEqualTo("error: Wrong agency, email or password\n");
        assertThat(home.resolve("wrong").resolve("config.json")).doesNotExist();
    }

    @Test
    void logout_revokesTheKeyAtThePortal_andRemovesTheFile() throws IOException {
        Map<String, String> env = Map.of("PORTAL_CONFIG_DIR", home.resolve("leaving").toString());
        assertThat(login(env, Agency.PASSWORD).code()).isZero();
        String key = Json.parse(Files.readString(home.resolve("leaving").resolve("config.json"))).path("apiKey").asText();

        CliRun logout = CliRun.of(env, "", "logout");

        assertThat(logout.code()).as(logout.toString()).isZero();
        assertThat(logout.out()).contains("the API key was revoked");
        assertThat(home.resolve("leaving").resolve("config.json")).doesNotExist();
        CliRun withOldKey = CliRun.of(Map.of("PORTAL_URL", url(), "PORTAL_API_KEY", key,
                "PORTAL_CONFIG_DIR", home.resolve("leaving").toString()), "", "whoami");
        assertThat(withOldKey.code()).isEqualTo(ExitCode.AUTH);
        assertThat(withOldKey.err()).contains("revoked");
        CliRun again = CliRun.of(env, "", "logout");
        assertThat(again.code()).isEqualTo(ExitCode.AUTH);
        assertThat(again.err()).startsWith("error: not signed in");
    }

    @Test
    void withoutAStoredLogin_commandsExit4AndSayHowToSignIn() {
        CliRun run = CliRun.of(Map.of("PORTAL_CONFIG_DIR", home.resolve("nobody").toString()), "", "clients", "list");

        assertThat(run.code()).isEqualTo(ExitCode.AUTH);
        assertThat(run.err()).isEqualTo("error: not signed in: run portal login (or set PORTAL_URL and PORTAL_API_KEY)\n");
    }

    @Test
    void anUnreachablePortal_exits5WithOneClearLine() {
        CliRun run = CliRun.of(Map.of("PORTAL_URL", "http://127.0.0.1:1", "PORTAL_API_KEY", "cmp_x",
                "PORTAL_CONFIG_DIR", home.resolve("nobody").toString()), "", "clients", "list");

        assertThat(run.code()).isEqualTo(ExitCode.SERVER);
        assertThat(run.err()).isEqualTo("error: cannot reach the portal at http://127.0.0.1:1/ (connection refused)\n");
    }

    @Test
    void createShowAndEdit_printTheClient_andEditSendsTheVersionItRead() {
        String id = newClient("Acme Ltd");

        CliRun show = ok("clients", "show", id);
        assertThat(show.out()).contains("name:", "Acme Ltd", "status:", "lead", "allowedTransitions:", "onboarding, offboarded");
        JsonNode edited = json("clients", "edit", id, "--phone", "+44 20 7946 0000", "--email", "ops@acme.test");
        assertThat(edited.path("phone").asText()).isEqualTo("+44 20 7946 0000");
        assertThat(edited.path("version").asInt()).isEqualTo(2);
        JsonNode cleared = json("clients", "edit", id, "--phone", "");
        assertThat(cleared.path("phone").isNull()).isTrue();
        assertThat(cleared.path("email").asText()).isEqualTo("ops@acme.test");
    }

    @Test
    void anUnknownId_exits2() {
        CliRun run = cli("clients", "show", "01a242d0-0000-7000-8000-000000000000");

        assertThat(run.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(run.err()).startsWith("error: ").doesNotContain("Exception");
    }

    @Test
    void aFieldTheServerRefuses_exits1_namingTheFieldInOneLine() {
        CliRun run = cli("clients", "create", "--name", "Bad prefix", "--prefix", "9-lives");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: taskKeyPrefix: ");
    }

    @Test
    void aMoveTheLifecycleDoesNotAllow_exits3_andPrintsTheAllowedMoves() {
        String id = newClient("Globex");

        CliRun refused = cli("clients", "move", id, "active");

        assertThat(refused.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).isEqualTo("error: Cannot move a client from lead to active; allowed: onboarding, offboarded\n");
        CliRun moved = ok("clients", "move", id, "onboarding", "--reason", "contract signed");
        assertThat(moved.out()).contains("onboarding");
    }

    @Test
    void list_filtersByStatusAndText_asJsonAndCsv_andNeutralisesFormulasInCsv() throws IOException {
        String marker = "Zyx" + System.nanoTime();
        newClient(marker + " Alpha");
        String onboarding = newClient(marker + " Beta");
        ok("clients", "move", onboarding, "onboarding");
        newClient("=HYPERLINK(\"http://evil.test\") " + marker);

        CliRun table = ok("clients", "list", "-q", marker, "--status", "lead");
        assertThat(table.out().lines().toList()).hasSize(3).first().asString().startsWith("ID").contains("NAME", "STATUS");
        assertThat(table.out()).contains(marker + " Alpha").doesNotContain(marker + " Beta");

        JsonNode page = json("clients", "list", "-q", marker, "--status", "onboarding");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(onboarding);
        assertThat(page.path("nextCursor").isNull()).isTrue();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ok("clients", "list", "-q", marker, "--csv").out())).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> row.get("name"))
                .contains(marker + " Alpha", "'=HYPERLINK(\"http://evil.test\") " + marker);
    }

    @Test
    void list_followsCursorsOverSeveralPages_andLimitCapsWhatItPrints() {
        String marker = "Pgx" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            newClient(marker + " " + i);
        }

        CliRun all = ok("clients", "list", "-q", marker, "--page-size", "2");
        assertThat(all.out().lines().skip(1)).hasSize(5);

        CliRun capped = ok("clients", "list", "-q", marker, "--page-size", "2", "--limit", "3");
        assertThat(capped.out().lines().skip(1)).hasSize(3);
        assertThat(capped.err()).contains("more items");

        JsonNode cappedJson = json("clients", "list", "-q", marker, "--page-size", "2", "--limit", "3");
        assertThat(cappedJson.path("items")).hasSize(3);
        assertThat(cappedJson.path("nextCursor").isTextual()).isTrue();
    }

    @Test
    void usageErrors_exit1_withAHint() {
        CliRun unknown = cli("clients", "list", "--colour");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--colour'", "see: portal clients list --help");

        CliRun both = cli("clients", "list", "--json", "--csv");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).isEqualTo("error: choose one of --json and --csv\n");

        CliRun nothing = cli("clients", "edit", "some-id");
        assertThat(nothing.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void projects_createShowListAndMove_withARefusedMoveExiting3() {
        String client = newClient("Initech");
        String project = json("projects", "create", "--client", client, "--name", "Pitch deck", "--due", "2027-03-31")
                .path("id").asText();

        assertThat(ok("projects", "show", project).out()).contains("Pitch deck", "planned", "2027-03-31");
        assertThat(json("projects", "list", "--client", client).path("items")).hasSize(1);
        CliRun refused = cli("projects", "move", project, "completed");
        assertThat(refused.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("allowed: active, cancelled");
        CliRun whileLead = cli("projects", "move", project, "active");
        assertThat(whileLead.code()).isEqualTo(ExitCode.REFUSED);
        ok("clients", "move", client, "onboarding");
        assertThat(json("projects", "move", project, "active").path("status").asText()).isEqualTo("active");
    }

    @Test
    void tasks_createShowListMoveAndComment() {
        String project = newProject("Website relaunch");
        JsonNode task = json("tasks", "create", "--project", project, "--title", "Discovery workshop", "--priority", "high",
                "--due", LocalDate.now().plusDays(2).toString());
        String key = task.path("key").asText();
        assertThat(key).matches("[A-Z0-9]+-1");

        assertThat(ok("tasks", "show", key).out()).contains("Discovery workshop", "open", "high");
        assertThat(ok("tasks", "list", "--project", project, "--status", "open").out()).contains(key);
        assertThat(json("tasks", "move", key, "in_progress").path("status").asText()).isEqualTo("in_progress");
        CliRun comment = ok("tasks", "comment", key, "Notes are in the shared folder", "--client-visible");
        assertThat(comment.out()).contains("client", "Notes are in the shared folder");
        assertThat(cli("tasks", "show", "NOPE-999").code()).isEqualTo(ExitCode.NOT_FOUND);
        CliRun badPriority = cli("tasks", "create", "--project", project, "--title", "x", "--priority", "whenever");
        assertThat(badPriority.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badPriority.err()).contains("priority");
    }

    @Test
    void queueDueStaleSearchAuditAndHandoff_eachAnswerFromThePortal() {
        String project = newProject("Brand refresh");
        String key = json("tasks", "create", "--project", project, "--title", "Logo options",
                "--due", LocalDate.now().plusDays(1).toString()).path("key").asText();
        String client = json("projects", "show", project).path("clientId").asText();

        assertThat(json("queue").path("items").isArray()).isTrue();
        assertThat(ok("due", "--within", "7d").out()).contains(key, "Logo options");
        assertThat(ok("stale", "--days", "3650").err()).contains("(none)");
        assertThat(cli("stale", "--days", "0").code()).isEqualTo(ExitCode.USAGE);
        assertThat(ok("search", "Logo").out()).contains("task", key, "*Logo*");
        CliRun audit = ok("audit", "--entity-type", "client", "--entity-id", client);
        assertThat(audit.out()).contains("client.created", "client.transitioned");
        assertThat(ok("handoff", client).out()).startsWith("# Handoff: Brand refresh Co");
        assertThat(json("handoff", client).isObject()).isTrue();
    }

    @Test
    void completion_printsAScriptForBashAndForZsh() {
        assertThat(ok("completion", "bash").out()).contains("complete -F", "clients", "projects");
        assertThat(ok("completion", "zsh").out()).contains("bashcompinit");
        assertThat(cli("completion", "fish").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void contacts_createListShow_andIssueAPortalLink() {
        String client = newClient("Umbrella");
        JsonNode contact = json("contacts", "create", client, "--name", "Ada Buyer", "--email", "ada@umbrella.test",
                "--right", "request");
        String id = contact.path("id").asText();

        assertThat(ok("contacts", "list", client).out()).contains("Ada Buyer", "ada@umbrella.test", "request");
        assertThat(ok("contacts", "show", id).out()).contains("rights:", "view, request");
        CliRun link = ok("contacts", "link", id);
        assertThat(link.out()).contains("url:", "expiresAt:");
        CliRun badRight = cli("contacts", "create", client, "--name", "X", "--email", "x@umbrella.test", "--right", "admin");
        assertThat(badRight.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badRight.err()).contains("rights");
    }

    @Test
    void asks_listClassifyDraft_andReplyWithTheDraftAsEditedInTheEditor() {
        String client = newClient("Hooli");
        String contact = json("contacts", "create", client, "--name", "Gavin", "--email", "gavin@hooli.test", "--right", "request")
                .path("id").asText();
        String ask = fileQuestion(json("contacts", "link", contact).path("token").asText(), "When is the design review?");

        assertThat(ok("asks", "list", "--unclassified").out()).contains(ask, "When is the design review?");
        CliRun notAClass = cli("asks", "classify", ask, "urgent");
        assertThat(notAClass.code()).isEqualTo(ExitCode.USAGE);
        assertThat(json("asks", "classify", ask, "question").path("classification").asText()).isEqualTo("question");
        assertThat(ok("asks", "draft", ask).out()).startsWith("Hello Gavin");

        Map<String, String> withEditor = new java.util.HashMap<>(signedIn);
        withEditor.put("EDITOR", "sed -i 's/^Hello Gavin/Dear Gavin/'");
        CliRun reply = CliRun.of(withEditor, "", "asks", "reply", ask);
        assertThat(reply.code()).as(reply.toString()).isZero();
        assertThat(reply.out()).contains("Dear Gavin", "client");
        assertThat(ok("asks", "reply", ask, "The review is on Friday.").out()).contains("The review is on Friday.");
        assertThat(json("asks", "show", ask).path("replies")).hasSize(2);
        assertThat(cli("asks", "list", "--classified", "--unclassified").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void milestones_listed_andCompletedOnceTheirTasksAreDone() throws Exception {
        String project = newProject("Launch plan");
        String task = json("tasks", "create", "--project", project, "--title", "Kick-off").path("key").asText();
        ok("milestones", "set", project, "--milestone", "kickoff", "--title", "Kick-off held", "--tasks", task);

        assertThat(ok("milestones", "list", project).out()).contains("kickoff", "Kick-off held", task + " open", "false");
        ok("tasks", "move", task, "done");
        assertThat(ok("milestones", "complete", project, "kickoff").out()).contains("Milestone kickoff of Launch plan is complete");
        assertThat(json("milestones", "list", project).path("milestones").get(0).path("completedAt").isTextual()).isTrue();
        assertThat(cli("milestones", "complete", project, "no-such-milestone").code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void updates_postedListedAndShown() {
        String project = newProject("Newsletter");
        String update = json("updates", "post", project, "Discovery done; design starts Monday", "--client-visible")
                .path("id").asText();
        ok("updates", "post", project, "Internal: they pay late");

        assertThat(ok("updates", "list", project, "--visibility", "client").out())
                .contains("Discovery done").doesNotContain("they pay late");
        assertThat(ok("updates", "show", update).out()).contains("visibility:", "client");
        assertThat(cli("updates", "post", project, "").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void capacity_logsTime_andShowsTheBudgetUsed() throws Exception {
        String client = newClient("Pied Piper");
        ok("budgets", "set", client, "--hours", "10");

        CliRun logged = ok("capacity", "log", client, "--minutes", "90", "--note", "workshop prep");
        assertThat(logged.out()).contains("minutes:", "90", "workshop prep");
        assertThat(ok("capacity", "show", client).out()).contains("month", "10", "1.5", "8.5", "15");
        assertThat(cli("capacity", "log", client, "--minutes", "0").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void reports_generateEditSubmitApproveAndPublish_andAReportNotReadyIsRefused() {
        String client = newClient("Soylent");
        String today = LocalDate.now().toString();
        String report = json("reports", "generate", "--client", client, "--from", today, "--to", today, "--title", "This week")
                .path("id").asText();

        CliRun early = cli("reports", "publish", report);
        assertThat(early.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(early.err()).contains("allowed: in_review, discarded");
        Map<String, String> withEditor = new java.util.HashMap<>(signedIn);
        withEditor.put("EDITOR", "sh -c 'printf \"\\nA note from the team.\\n\" >> \"$1\"' editor");
        CliRun edited = CliRun.of(withEditor, "", "reports", "edit", report);
        assertThat(edited.code()).as(edited.toString()).isZero();
        ok("reports", "submit", report);
        ok("reports", "approve", report);
        assertThat(json("reports", "publish", report).path("status").asText()).isEqualTo("published");
        assertThat(ok("reports", "list", "--status", "published").out()).contains(report, "This week");
        assertThat(ok("reports", "show", report).out()).contains("published", "A note from the team.");
    }

    @Test
    void loginAgain_revokesTheKeyItReplaces_andSaysSoWhenItCannot() throws IOException {
        Path dir = home.resolve("relogin");
        Map<String, String> env = Map.of("PORTAL_CONFIG_DIR", dir.toString());
        assertThat(login(env, Agency.PASSWORD).code()).isZero();
        StoredLogin first = new ConfigStore(dir).load().orElseThrow();

        CliRun again = login(env, Agency.PASSWORD);

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("The previous API key (" + first.keyId() + " at " + first.url() + ") is revoked.");
        CliRun withOldKey = CliRun.of(Map.of("PORTAL_URL", url(), "PORTAL_API_KEY", first.apiKey(),
                "PORTAL_CONFIG_DIR", dir.toString()), "", "whoami");
        assertThat(withOldKey.code()).isEqualTo(ExitCode.AUTH);
        assertThat(json("api-keys", "list").path("items").toString()).contains(first.keyId());
        assertThat(CliRun.of(env, "", "whoami").code()).isZero();

        new ConfigStore(dir).save(new StoredLogin("http://127.0.0.1:1", "cmp_gone", "01a242d0-0000-7000-8000-00000000dead",
                agency.slug(), agency.ownerEmail()));
        CliRun unreachableOld = login(env, Agency.PASSWORD);
        assertThat(unreachableOld.code()).as(unreachableOld.toString()).isZero();
        assertThat(unreachableOld.err()).startsWith("warning: the previous API key (01a242d0-0000-7000-8000-00000000dead at "
                + "http://127.0.0.1:1) could not be revoked: cannot reach the portal at http://127.0.0.1:1/");
        assertThat(new ConfigStore(dir).load().orElseThrow().url()).isEqualTo(first.url());
    }

    @Test
    void queue_ackTakesAnItemOutForGood_andSnoozeUntilThen_withBadInputRefused() {
        String project = newProject("Overdue work");
        String yesterday = LocalDate.now().minusDays(1).toString();
        String acked = json("tasks", "create", "--project", project, "--title", "Late one", "--due", yesterday).path("key").asText();
        String snoozed = json("tasks", "create", "--project", project, "--title", "Late two", "--due", yesterday).path("key").asText();
        Map<String, String> items = queueItems();
        String ackId = items.get(acked);
        String snoozeId = items.get(snoozed);
        assertThat(ackId).isEqualTo("task_overdue." + acked + "." + yesterday);
        assertThat(snoozeId).isNotNull();

        assertThat(ok("queue", "--csv", "--limit", "1").out().lines().findFirst().orElseThrow()).endsWith(",id");
        CliRun ack = ok("queue", "ack", ackId);
        assertThat(ack.out()).contains("itemId:", ackId, "acknowledgedAt:", "acknowledgedBy:");
        java.time.Instant inTwoDays = java.time.Instant.now().plus(java.time.Duration.ofDays(2));
        JsonNode snooze = json("queue", "snooze", snoozeId, "--until", "2d");
        assertThat(java.time.Instant.parse(snooze.path("snoozedUntil").asText()))
                .isBetween(inTwoDays.minusSeconds(60), inTwoDays.plusSeconds(60));
        assertThat(queueItems()).doesNotContainKeys(acked, snoozed);

        CliRun unknown = cli("queue", "ack", "task_overdue.NOPE-1." + yesterday);
        assertThat(unknown.code()).isEqualTo(ExitCode.NOT_FOUND);
        CliRun tooFar = cli("queue", "snooze", snoozeId, "--until", "200d");
        assertThat(tooFar.code()).isEqualTo(ExitCode.USAGE);
        assertThat(tooFar.err()).contains("until");
        CliRun notATime = cli("queue", "snooze", snoozeId, "--until", "soonish");
        assertThat(notATime.code()).isEqualTo(ExitCode.USAGE);
        assertThat(notATime.err()).isEqualTo("error: --until: not a time, a day or a duration such as 3d: soonish\n");
    }

    /** The queue's items by their subjects' keys, read with {@code portal queue --json}. */
    static Map<String, String> queueItems() {
        Map<String, String> items = new java.util.HashMap<>();
        json("queue").path("items").forEach(item -> items.put(item.path("subjectKey").asText(), item.path("id").asText()));
        return items;
    }

    @Test
    void tasksEdit_changesWithTheVersionRead_clearsWithEmptyValues_andAStaleVersionExits3() {
        String project = newProject("Editing tasks");
        String key = json("tasks", "create", "--project", project, "--title", "Draft copy").path("key").asText();
        String owner = json("operators", "list").path("items").get(0).path("id").asText();

        JsonNode edited = json("tasks", "edit", key, "--title", "Final copy", "--priority", "urgent", "--due", "2027-02-01",
                "--assignee", owner, "--visibility", "client", "--description", "Two pages");
        assertThat(edited.path("title").asText()).isEqualTo("Final copy");
        assertThat(edited.path("assigneeId").asText()).isEqualTo(owner);
        assertThat(edited.path("version").asInt()).isEqualTo(2);
        JsonNode cleared = json("tasks", "edit", key, "--assignee", "", "--priority", "", "--due", "");
        assertThat(cleared.path("assigneeId").isNull()).isTrue();
        assertThat(cleared.path("priority").asText()).isEqualTo("normal");
        assertThat(cleared.path("visibility").asText()).isEqualTo("client");

        CliRun stale = cli("tasks", "edit", key, "--title", "Lost change", "--if-version", "1");
        assertThat(stale.code()).as(stale.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(json("tasks", "show", key).path("title").asText()).isEqualTo("Final copy");
        assertThat(cli("tasks", "edit", "NOPE-999", "--title", "x").code()).isEqualTo(ExitCode.NOT_FOUND);
        CliRun badPriority = cli("tasks", "edit", key, "--priority", "whenever");
        assertThat(badPriority.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badPriority.err()).contains("priority");
    }

    @Test
    void projectsEdit_andMilestonesSet_fromOptionsOrAFile_withRefusedPlansExiting1Or3() throws IOException {
        String project = newProject("Planned work");
        String first = json("tasks", "create", "--project", project, "--title", "Research").path("key").asText();
        String second = json("tasks", "create", "--project", project, "--title", "Build").path("key").asText();

        JsonNode edited = json("projects", "edit", project, "--name", "Planned work 2", "--due", "2027-06-30",
                "--visibility", "client", "--description", "Phase two");
        assertThat(edited.path("name").asText()).isEqualTo("Planned work 2");
        assertThat(edited.path("visibility").asText()).isEqualTo("client");
        assertThat(json("projects", "edit", project, "--description", "").path("description").isNull()).isTrue();
        assertThat(cli("projects", "edit", project, "--name", "Stale", "--if-version", "1").code()).isEqualTo(ExitCode.REFUSED);
        assertThat(cli("projects", "edit", "01a242d0-0000-7000-8000-000000000000", "--name", "x").code()).isEqualTo(ExitCode.NOT_FOUND);
        CliRun badDate = cli("projects", "edit", project, "--due", "someday");
        assertThat(badDate.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badDate.err()).contains("dueDate");

        CliRun set = ok("projects", "milestones", "set", project,
                "--milestone", "research", "--title", "Research done", "--tasks", first, "--client-visible",
                "--milestone", "build", "--title", "Built", "--tasks", first + "," + second, "--due", "2027-05-01");
        assertThat(set.out().lines().toList()).hasSize(3);
        assertThat(set.out()).contains("research", "Research done", first + " open", "build", second + " open", "2027-05-01");
        JsonNode plan = json("projects", "show", project).path("milestones");
        assertThat(plan.get(0).path("visibility").asText()).isEqualTo("client");
        assertThat(plan.get(1).path("visibility").asText()).isEqualTo("internal");

        Path file = home.resolve("plan.json");
        Files.writeString(file, "[{\"key\": \"launch\", \"title\": \"Launched\", \"taskKeys\": [\"" + second + "\"]}]");
        assertThat(json("milestones", "set", project, "--file", file.toString()).path("milestones")).hasSize(1);
        CliRun fromStdin = CliRun.of(signedIn, "{\"milestones\": []}", "milestones", "set", project, "--file", "-");
        assertThat(fromStdin.code()).as(fromStdin.toString()).isZero();
        assertThat(fromStdin.err()).contains("(none)");

        CliRun unknownTask = cli("milestones", "set", project, "--milestone", "x", "--title", "X", "--tasks", "NOPE-1");
        assertThat(unknownTask.code()).as(unknownTask.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(unknownTask.err()).contains("NOPE-1");
        CliRun badKey = cli("milestones", "set", project, "--milestone", "Not A Key", "--title", "X");
        assertThat(badKey.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badKey.err()).contains("key");
        assertThat(cli("milestones", "set", project, "--milestone", "x", "--title", "X", "--if-version", "1").code())
                .isEqualTo(ExitCode.REFUSED);
        assertThat(cli("milestones", "set", project).code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli("milestones", "set", "01a242d0-0000-7000-8000-000000000000", "--milestone", "x", "--title", "X").code())
                .isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void contacts_editRemoveAndRevokePortalAccess() {
        String client = newClient("Vandelay");
        String id = json("contacts", "create", client, "--name", "Art", "--email", "art@vandelay.test").path("id").asText();
        json("contacts", "create", client, "--name", "Kel", "--email", "kel@vandelay.test");

        JsonNode edited = json("contacts", "edit", id, "--name", "Art Vandelay", "--right", "request", "--right", "approve");
        assertThat(edited.path("name").asText()).isEqualTo("Art Vandelay");
        assertThat(edited.path("rights").toString()).contains("request", "approve");
        CliRun taken = cli("contacts", "edit", id, "--email", "kel@vandelay.test");
        assertThat(taken.code()).as(taken.toString()).isEqualTo(ExitCode.REFUSED);
        CliRun badRight = cli("contacts", "edit", id, "--right", "admin");
        assertThat(badRight.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badRight.err()).contains("rights");
        assertThat(cli("contacts", "edit", id, "--name", "Stale", "--if-version", "1").code()).isEqualTo(ExitCode.REFUSED);

        String token = json("contacts", "link", id).path("token").asText();
        assertThat(ok("contacts", "revoke-access", id).out()).contains("unused portal links revoked");
        ApiClient anonymous = ApiClient.anonymous(java.net.URI.create(url()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                anonymous.postUnkeyed("/portal/api/v1/sessions", Json.object().put("token", token)))
                .isInstanceOf(CliFailure.class);
        assertThat(json("contacts", "show", id).path("name").asText()).isEqualTo("Art Vandelay");

        assertThat(ok("contacts", "remove", id).out()).isEqualTo("Contact " + id + " is removed.\n");
        assertThat(cli("contacts", "show", id).code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli("contacts", "remove", id).code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli("contacts", "revoke-access", id).code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void timeEntries_listEditAndDelete_withAStaleVersionExiting3() throws IOException {
        String client = newClient("Kramerica");
        String id = json("capacity", "log", client, "--minutes", "30", "--date", "2026-11-02", "--note", "call").path("id").asText();
        json("capacity", "log", client, "--minutes", "60", "--date", "2026-11-03", "--non-billable");

        assertThat(ok("time-entries", "list", "--client", client).out().lines().skip(1)).hasSize(2);
        assertThat(json("time-entries", "list", "--client", client, "--billable", "false").path("items")).hasSize(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ok("time-entries", "list", "--client", client, "--csv", "--operator", "me").out())).getRecords();
        assertThat(rows).extracting(row -> row.get("minutes")).containsExactly("60", "30");

        JsonNode edited = json("time-entries", "edit", id, "--minutes", "45", "--note", "", "--if-version", "1");
        assertThat(edited.path("minutes").asInt()).isEqualTo(45);
        assertThat(edited.path("note").isNull()).isTrue();
        assertThat(edited.path("version").asInt()).isEqualTo(2);
        assertThat(cli("time-entries", "edit", id, "--minutes", "50", "--if-version", "1").code()).isEqualTo(ExitCode.REFUSED);
        CliRun tooLong = cli("time-entries", "edit", id, "--minutes", "2000");
        assertThat(tooLong.code()).isEqualTo(ExitCode.USAGE);
        assertThat(tooLong.err()).contains("minutes");
        assertThat(cli("time-entries", "edit", id).code()).isEqualTo(ExitCode.USAGE);

        assertThat(cli("time-entries", "delete", id, "--if-version", "1").code()).isEqualTo(ExitCode.REFUSED);
        assertThat(ok("time-entries", "delete", id).out()).isEqualTo("Time entry " + id + " is deleted.\n");
        assertThat(cli("time-entries", "delete", id).code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli("time-entries", "edit", id, "--minutes", "5").code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void budgets_listSetChangeAndDelete() {
        String client = newClient("Pendant Publishing");
        String id = json("budgets", "set", client, "--hours", "37.5", "--period", "week", "--client-visible").path("id").asText();

        assertThat(ok("budgets", "list", client).out()).contains(id, "37.5", "week", "true");
        JsonNode changed = json("budgets", "change", id, "--hours", "40", "--ends", "2027-12-31", "--client-visible", "false");
        assertThat(changed.path("hours").decimalValue()).isEqualByComparingTo("40");
        assertThat(changed.path("clientVisible").asBoolean()).isFalse();
        assertThat(json("budgets", "change", id, "--ends", "").path("endsOn").isNull()).isTrue();
        assertThat(cli("budgets", "change", id, "--hours", "1", "--if-version", "1").code()).isEqualTo(ExitCode.REFUSED);
        CliRun custom = cli("budgets", "set", client, "--hours", "5", "--period", "custom");
        assertThat(custom.code()).isEqualTo(ExitCode.USAGE);
        assertThat(custom.err()).contains("endsOn");
        assertThat(cli("budgets", "list", "01a242d0-0000-7000-8000-000000000000").code()).isEqualTo(ExitCode.NOT_FOUND);

        assertThat(ok("budgets", "delete", id).out()).isEqualTo("Budget " + id + " is deleted.\n");
        assertThat(json("budgets", "list", client).path("items")).isEmpty();
        assertThat(cli("budgets", "delete", id).code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void reportsEdit_aChangeMadeWhileTheEditorIsOpen_isRefusedNotOverwritten() throws IOException {
        String client = newClient("Bania Comedy");
        String today = LocalDate.now().toString();
        String report = json("reports", "generate", "--client", client, "--from", today, "--to", today, "--title", "Draft")
                .path("id").asText();
        String key = new ConfigStore(Path.of(signedIn.get("PORTAL_CONFIG_DIR"))).load().orElseThrow().apiKey();
        Map<String, String> withEditor = new java.util.HashMap<>(signedIn);
        // The "editor" is a colleague retitling the report while it is open here, then this user's own edit.
        withEditor.put("EDITOR", "curl -sf -o /dev/null -X PATCH -H 'Authorization: Bearer " + key + "'"
                + " -H 'Content-Type: application/json' -d '{\"title\":\"Theirs\"}' " + url() + "/api/v1/reports/" + report
                + " && printf 'Mine.\\n' >> ");

        CliRun edited = CliRun.of(withEditor, "", "reports", "edit", report);

        assertThat(edited.code()).as(edited.toString()).isEqualTo(ExitCode.REFUSED);
        JsonNode now = json("reports", "show", report);
        assertThat(now.path("title").asText()).isEqualTo("Theirs");
        assertThat(now.path("body").asText()).doesNotContain("Mine.");
        assertThat(cli("reports", "edit", report, "--title", "Stale", "--if-version", "1").code()).isEqualTo(ExitCode.REFUSED);
        assertThat(json("reports", "edit", report, "--title", "Agreed").path("title").asText()).isEqualTo("Agreed");
    }

    @Test
    void reportsDiscard_andADiscardedReportCannotBeDiscardedAgain() {
        String client = newClient("Monk's Cafe");
        String today = LocalDate.now().toString();
        String report = json("reports", "generate", "--client", client, "--from", today, "--to", today).path("id").asText();

        assertThat(json("reports", "discard", report, "--reason", "wrong period").path("status").asText()).isEqualTo("discarded");
        CliRun again = cli("reports", "discard", report);
        assertThat(again.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(cli("reports", "discard", "01a242d0-0000-7000-8000-000000000000").code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void operatorsAndApiKeys_listed() {
        assertThat(ok("operators", "list").out()).contains(agency.ownerEmail(), "owner");
        CliRun keys = ok("api-keys", "list", "--csv");
        assertThat(keys.out()).startsWith("id,name,role,scopes,createdBy").contains("portal CLI,admin,full");
        assertThat(cli("api-keys", "list", "--page-size", "0").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void everyNewCommand_hasHelpWithAnExample() {
        for (String command : List.of("queue ack", "queue snooze", "tasks edit", "projects edit", "milestones set",
                "projects milestones set", "contacts edit", "contacts remove", "contacts revoke-access", "time-entries list",
                "time-entries edit", "time-entries delete", "budgets list", "budgets set", "budgets change", "budgets delete",
                "reports discard", "operators list", "api-keys list")) {
            CliRun help = ok((command + " --help").split(" "));
            assertThat(help.out()).as(command).contains("Usage: portal " + command, "Examples:", "  portal ");
        }
    }

    /** A contact opens the portal with a link's token and files a question; its key. */
    static String fileQuestion(String token, String title) {
        ApiClient anonymous = ApiClient.anonymous(java.net.URI.create(url()));
        ApiResponse opened = anonymous.postUnkeyed("/portal/api/v1/sessions", Json.object().put("token", token));
        ApiClient contact = anonymous.withSession(opened.header("Set-Cookie").split(";", 2)[0],
                opened.json().path("csrfToken").asText());
        return contact.post("/portal/api/v1/requests", Json.object().put("kind", "question").put("title", title))
                .json().path("key").asText();
    }
}
