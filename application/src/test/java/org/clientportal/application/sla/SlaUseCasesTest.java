package org.clientportal.application.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.ask.AskFeature;
import org.clientportal.application.ask.ClassifyCommand;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.ask.SharedRequest;
import org.clientportal.application.comment.CommentChanges;
import org.clientportal.application.comment.PostCommentCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.task.TaskChanges;
import org.clientportal.application.task.TaskFeature;
import org.clientportal.application.task.TaskFilters;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.sla.SlaState;
import org.junit.jupiter.api.Test;

/**
 * Business hours, SLA targets and the clocks of client requests. The fake clock starts on Monday
 * 5 January 2026 at 09:00 UTC, when the default working day begins.
 */
class SlaUseCasesTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-01-05T09:00:00Z");

    private final TestAgency agency = new TestAgency();
    private final SlaFeature sla = agency.features.sla;
    private final TaskFeature tasks = agency.features.tasks;
    private final AskFeature asks = agency.features.asks;
    private final Client acme = agency.client("Acme");
    private final Project site = agency.share(agency.project(acme, "Website"));
    private final Actor ada = agency.signedInContact(acme, "Ada", "request");

    private SharedRequest file(String kind, String title) {
        return asks.fileRequest().execute(ada, new FileRequestCommand(site.id().toString(), kind, title, null));
    }

    private void advance(int minutes) {
        agency.fakes.clock.advance(Duration.ofMinutes(minutes));
    }

    private SlaReading slaOfTask(String key) {
        return tasks.getTask().execute(agency.owner, key).sla().orElseThrow();
    }

    private TaskView move(String key, String to, String reason) {
        return tasks.transitionTask().execute(agency.owner, key, new TransitionCommand(to, reason, Optional.empty()));
    }

    private static Map<String, SlaPolicyCommand.Target> targets(long urgent, long high, long normal, long low) {
        Map<String, SlaPolicyCommand.Target> targets = new LinkedHashMap<>();
        targets.put("urgent", new SlaPolicyCommand.Target(urgent, urgent * 8));
        targets.put("high", new SlaPolicyCommand.Target(high, high * 8));
        targets.put("normal", new SlaPolicyCommand.Target(normal, normal * 8));
        targets.put("low", new SlaPolicyCommand.Target(low, low * 8));
        return targets;
    }

    private static List<String> fields(ValidationFailed e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void anAgencyStartsWithTheDefaults_andOnlyOwnersAndAdminsChangeThem() {
        assertThat(sla.getBusinessHours().execute(agency.owner).value()).isEqualTo(BusinessHours.DEFAULT);
        assertThat(sla.getSlaPolicy().execute(agency.owner)).isEqualTo(Versioned.unstored(SlaPolicy.DEFAULT));

        Actor member = agency.operatorWithRole("member");
        assertThat(sla.getBusinessHours().execute(member)).isEqualTo(Versioned.unstored(BusinessHours.DEFAULT));
        BusinessHoursCommand berlin = new BusinessHoursCommand("Europe/Berlin", List.of("monday", "TUESDAY"), "08:30",
                "16:30", List.of("2026-12-24"), Optional.empty());
        assertThatThrownBy(() -> sla.setBusinessHours().execute(member, berlin)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> sla.setSlaPolicy().execute(member, new SlaPolicyCommand(targets(30, 60, 120, 240), Optional.empty())))
                .isInstanceOf(AccessDenied.class);

        Actor admin = agency.operatorWithRole("admin");
        Versioned<BusinessHours> set = sla.setBusinessHours().execute(admin, berlin);
        assertThat(set.value().zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(set.version()).isEqualTo(1);
        assertThat(sla.getBusinessHours().execute(member)).isEqualTo(set);
        assertThat(sla.setSlaPolicy().execute(admin, new SlaPolicyCommand(targets(30, 60, 120, 240), Optional.empty())).value()
                .targetFor(org.clientportal.domain.task.TaskPriority.URGENT).firstResponse())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(agency.fakes.auditTrail.all().stream().map(AuditEvent::action))
                .contains("settings.business-hours-changed", "settings.sla-changed");
    }

    @Test
    void aReplacementBasedOnAnOlderVersion_isRefused_andOneOnTheCurrentVersionWins() {
        BusinessHoursCommand first = new BusinessHoursCommand("UTC", List.of("monday"), "09:00", "17:00", List.of(),
                Optional.of(0L));
        assertThat(sla.setBusinessHours().execute(agency.owner, first).version()).isEqualTo(1);

        assertThatThrownBy(() -> sla.setBusinessHours().execute(agency.owner, first)).isInstanceOf(StaleVersion.class);
        BusinessHoursCommand second = new BusinessHoursCommand("UTC", List.of("tuesday"), "09:00", "17:00", List.of(),
                Optional.of(1L));
        assertThat(sla.setBusinessHours().execute(agency.owner, second).version()).isEqualTo(2);
        SlaPolicyCommand stale = new SlaPolicyCommand(targets(30, 60, 120, 240), Optional.of(3L));
        assertThatThrownBy(() -> sla.setSlaPolicy().execute(agency.owner, stale)).isInstanceOf(StaleVersion.class);
        assertThat(sla.getSlaPolicy().execute(agency.owner)).isEqualTo(Versioned.unstored(SlaPolicy.DEFAULT));
    }

    @Test
    void badBusinessHours_nameEveryWrongField_andChangeNothing() {
        ValidationFailed e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> sla.setBusinessHours()
                .execute(agency.owner, new BusinessHoursCommand("Mars/Olympus", List.of("monday", "funday", "monday"),
                        "9am", "25:00", List.of("2026-02-30", "2026-12-24", "2026-12-24"), Optional.empty())), ValidationFailed.class);

        assertThat(fields(e)).containsExactlyInAnyOrder("timeZone", "workingDays[1]", "workingDays[2]", "opens",
                "closes", "holidays[0]", "holidays[2]");
        assertThat(catchValidation(new BusinessHoursCommand("+02:00", List.of(), "09:00", "09:30", null, Optional.empty())))
                .extracting(FieldError::field).containsExactly("timeZone", "workingDays", "closes");
        assertThat(sla.getBusinessHours().execute(agency.owner).value()).isEqualTo(BusinessHours.DEFAULT);
    }

    private List<FieldError> catchValidation(BusinessHoursCommand command) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> sla.setBusinessHours().execute(agency.owner, command), ValidationFailed.class).fieldErrors();
    }

    @Test
    void badTargets_nameEveryWrongField_andChangeNothing() {
        Map<String, SlaPolicyCommand.Target> targets = new LinkedHashMap<>();
        targets.put("urgent", new SlaPolicyCommand.Target(120L, 60L));
        targets.put("high", new SlaPolicyCommand.Target(0L, null));
        targets.put("someday", new SlaPolicyCommand.Target(60L, 60L));
        targets.put("low", null);

        ValidationFailed e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> sla.setSlaPolicy().execute(agency.owner, new SlaPolicyCommand(targets, Optional.empty())), ValidationFailed.class);

        assertThat(fields(e)).containsExactlyInAnyOrder("targets.urgent.resolutionMinutes",
                "targets.high.firstResponseMinutes", "targets.high.resolutionMinutes", "targets.someday",
                "targets.low", "targets.normal");
        assertThat(sla.getSlaPolicy().execute(agency.owner)).isEqualTo(Versioned.unstored(SlaPolicy.DEFAULT));
    }

    @Test
    void aTaskRequest_carriesItsClock_untilTheAgencyAcceptsIt_asItsFirstResponse() {
        String key = file("task", "New landing page").key().value();

        advance(30);
        SlaReading waiting = slaOfTask(key);
        assertThat(waiting.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(waiting.elapsedBusinessMinutes()).isEqualTo(30);
        assertThat(waiting.firstResponseDue()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(8)));
        assertThat(waiting.firstRespondedAt()).isEmpty();

        advance(6 * 60);
        assertThat(slaOfTask(key).state()).isEqualTo(SlaState.AT_RISK);

        SlaReading accepted = move(key, "open", null).sla().orElseThrow();
        assertThat(accepted.firstRespondedAt()).contains(agency.fakes.clock.now());
        assertThat(accepted.state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void waitingOnTheClient_pausesTheClock_andDone_resolvesIt() {
        String key = file("task", "Fix the footer").key().value();
        move(key, "open", null);
        advance(60);
        move(key, "waiting_on_client", null);
        advance(3 * 60);

        SlaReading paused = slaOfTask(key);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.elapsedBusinessMinutes()).isEqualTo(60);

        move(key, "in_progress", null);
        advance(30);
        move(key, "done", null);
        advance(600);
        SlaReading done = slaOfTask(key);
        assertThat(done.resolvedAt()).isPresent();
        assertThat(done.elapsedBusinessMinutes()).isEqualTo(90);
        assertThat(done.state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void aClientVisibleCommentOfTheAgency_isAResponse_butAnInternalOneOrTheClientsOwnIsNot() {
        String key = file("task", "Update the prices").key().value();
        advance(10);
        agency.features.comments.postSharedComment().execute(ada, key, "Any news?");
        TaskComment note = agency.features.comments.postComment().execute(agency.owner,
                new PostCommentCommand(key, "Check with finance first", "internal"));
        assertThat(slaOfTask(key).firstRespondedAt()).isEmpty();

        advance(10);
        agency.features.comments.changeComment().execute(agency.owner, note.id().toString(),
                new CommentChanges(Change.keep(), Change.to("client"), Optional.empty()));
        assertThat(slaOfTask(key).firstRespondedAt()).contains(MONDAY_NINE.plus(Duration.ofMinutes(20)));

        String other = file("task", "Another page").key().value();
        advance(5);
        agency.features.comments.postComment().execute(agency.owner, new PostCommentCommand(other, "On it", "client"));
        assertThat(slaOfTask(other).firstRespondedAt()).contains(agency.fakes.clock.now());
    }

    @Test
    void anAsksClock_isAnsweredByAReply_resolvedAsAnAnsweredQuestion_andCarriedOnByTheTaskMadeOfIt() {
        SharedRequest question = file("question", "Can we add a blog?");
        advance(20);
        asks.publishReply().execute(agency.owner, question.key().value(), "Yes, from March.");
        SlaReading replied = asks.getAsk().execute(agency.owner, question.key().value()).sla().orElseThrow();
        assertThat(replied.firstRespondedAt()).contains(MONDAY_NINE.plus(Duration.ofMinutes(20)));
        assertThat(replied.resolvedAt()).isEmpty();

        advance(5);
        SlaReading answered = asks.classifyAsk().execute(agency.owner, question.key().value(),
                new ClassifyCommand("question", null, Optional.empty())).sla().orElseThrow();
        assertThat(answered.resolvedAt()).contains(agency.fakes.clock.now());

        SharedRequest bug = file("bug", "Checkout breaks");
        advance(15);
        var classified = asks.classifyAsk().execute(agency.owner, bug.key().value(),
                new ClassifyCommand("bug", null, Optional.empty()));
        String taskKey = classified.task().orElseThrow().key().value();
        SlaReading carried = slaOfTask(taskKey);
        assertThat(carried).isEqualTo(classified.sla().orElseThrow());
        assertThat(carried.firstRespondedAt()).contains(agency.fakes.clock.now());
        assertThat(carried.elapsedBusinessMinutes()).isEqualTo(15);

        // Urgent: 60 minutes to respond (met), 8 hours to resolve, of which 15 minutes are gone.
        tasks.updateTask().execute(agency.owner, taskKey, new TaskChanges(Change.keep(), Change.keep(),
                Change.to("urgent"), Change.keep(), Change.keep(), Change.keep(), Optional.empty()));
        advance(6 * 60);
        assertThat(slaOfTask(taskKey).state()).isEqualTo(SlaState.AT_RISK);
        move(taskKey, "done", null);
        assertThat(asks.getAsk().execute(agency.owner, bug.key().value()).sla().orElseThrow().resolvedAt())
                .contains(agency.fakes.clock.now());
    }

    @Test
    void aQuestionWithoutAnAnswer_staysOpen_untilItsReply_whileNotActionable_resolvesAtOnce() {
        SharedRequest question = file("question", "Where are the invoices?");
        advance(10);
        asks.classifyAsk().execute(agency.owner, question.key().value(),
                new ClassifyCommand("question", null, Optional.empty()));
        assertThat(asks.getAsk().execute(agency.owner, question.key().value()).sla().orElseThrow().resolvedAt())
                .isEmpty();
        advance(10);
        asks.publishReply().execute(agency.owner, question.key().value(), "Under Documents.");
        assertThat(asks.getAsk().execute(agency.owner, question.key().value()).sla().orElseThrow().resolvedAt())
                .contains(agency.fakes.clock.now());

        SharedRequest noise = file("bug", "Test, please ignore");
        advance(10);
        assertThat(asks.classifyAsk().execute(agency.owner, noise.key().value(),
                new ClassifyCommand("not_actionable", null, Optional.empty())).sla().orElseThrow().resolvedAt())
                .contains(agency.fakes.clock.now());
    }

    @Test
    void anOperatorsOwnTask_hasNoClock_andAListShowsTheClocksOfTheRequestsOnIt() {
        var own = tasks.createTask().execute(agency.owner, new org.clientportal.application.task.CreateTaskCommand(
                site.id().toString(), new org.clientportal.application.task.TaskInput("Internal chore", null, null,
                        null, null, null)));
        assertThat(own.sla()).isEmpty();
        String requested = file("task", "A request").key().value();

        List<TaskView> listed = tasks.searchTasks().execute(agency.owner, TaskFilters.none(), PageInput.firstPage())
                .items();
        assertThat(listed).extracting(v -> v.task().key().value()).containsExactly(requested, own.task().key().value());
        assertThat(listed.get(0).sla()).isPresent();
        assertThat(listed.get(1).sla()).isEmpty();
    }

    @Test
    void newTargets_andNewHours_measureOpenRequestsFromThen() {
        String key = file("task", "Reprice").key().value();
        advance(90);
        assertThat(slaOfTask(key).state()).isEqualTo(SlaState.ON_TRACK);

        sla.setSlaPolicy().execute(agency.owner, new SlaPolicyCommand(targets(30, 60, 120, 240), Optional.empty()));
        assertThat(slaOfTask(key).state()).isEqualTo(SlaState.AT_RISK);

        sla.setBusinessHours().execute(agency.owner, new BusinessHoursCommand("UTC", List.of("monday"), "10:00",
                "18:00", List.of(), Optional.empty()));
        SlaReading later = slaOfTask(key);
        assertThat(later.elapsedBusinessMinutes()).isEqualTo(30);
        assertThat(later.firstResponseDue()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(3)));
    }
}
