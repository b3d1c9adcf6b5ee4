package org.clientportal.adapters.http.handoff;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.audit.AuditEventJson;
import org.clientportal.adapters.http.capacity.CapacityJson;
import org.clientportal.adapters.http.client.ClientJson;
import org.clientportal.adapters.http.contact.ContactJson;
import org.clientportal.adapters.http.docs.DocsRecordJson;
import org.clientportal.adapters.http.sla.SlaJson;
import org.clientportal.adapters.http.task.TaskJson;
import org.clientportal.adapters.http.update.UpdateJson;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.handoff.Handoff;
import org.clientportal.domain.project.Milestone;

/** A client's handoff summary, as JSON (and the source of its Markdown). */
@Schema(name = "Handoff", description = "What a new owner of the client needs to know, read now.")
public record HandoffJson(
        ClientJson client,
        @ArraySchema(arraySchema = @Schema(description = "The client's latest audit events, newest first: its"
                + " creation, changes and moves.")) List<AuditEventJson> history,
        @ArraySchema(arraySchema = @Schema(description = "Its contacts, by name, with their portal rights."))
        List<ContactJson> contacts,
        @ArraySchema(arraySchema = @Schema(description = "Its projects neither completed nor cancelled, soonest"
                + " due first.")) List<ProjectJson> projects,
        @ArraySchema(arraySchema = @Schema(description = "Its tasks neither done nor cancelled, soonest due first,"
                + " each client request with its SLA clock.")) List<TaskJson> openTasks,
        @ArraySchema(arraySchema = @Schema(description = "Its asks not yet classified, oldest first."))
        List<AskJson> openAsks,
        @ArraySchema(arraySchema = @Schema(description = "The latest updates of its projects, newest first: each"
                + " `visibility` says whether the client sees it (`client`) or it is an internal note."))
        List<UpdateJson> recentUpdates,
        @Schema(description = "Its budgets in the periods holding today.") CapacityJson capacity,
        @ArraySchema(arraySchema = @Schema(description = "Its latest documents from Klevar Docs, the most recently"
                + " told of first.")) List<DocsRecordJson> documents,
        @ArraySchema(arraySchema = @Schema(description = "Its latest invoices from Klevar Docs, the most recently"
                + " told of first.")) List<DocsRecordJson> invoices) {

    /** A project under way and its next milestones. */
    @Schema(name = "HandoffProject")
    public record ProjectJson(String id, String name, String status, @Schema(nullable = true) LocalDate dueDate,
                              String visibility,
                              @ArraySchema(arraySchema = @Schema(description = "Up to three milestones not yet"
                                      + " completed, soonest due first.")) List<MilestoneJson> nextMilestones) {

        static ProjectJson of(Handoff.ActiveProject active) {
            var p = active.project();
            return new ProjectJson(p.id().toString(), p.details().name(), WireNames.of(p.status()),
                    p.details().dueDate().orElse(null), WireNames.of(p.visibility()),
                    active.nextMilestones().stream().map(MilestoneJson::of).toList());
        }
    }

    @Schema(name = "HandoffMilestone")
    public record MilestoneJson(String key, String title, @Schema(nullable = true) LocalDate dueDate,
                                String visibility) {

        static MilestoneJson of(Milestone m) {
            return new MilestoneJson(m.key().value(), m.title(), m.dueDate().orElse(null), WireNames.of(m.visibility()));
        }
    }

    /** An ask waiting to be classified. */
    @Schema(name = "HandoffAsk")
    public record AskJson(String key, String kind, String title, Instant createdAt,
                          @Schema(nullable = true) SlaJson sla) {

        static AskJson of(Handoff.OpenAsk open) {
            var a = open.ask();
            return new AskJson(a.key().value(), WireNames.of(a.kind()), a.title(), a.createdAt(),
                    open.sla().map(SlaJson::of).orElse(null));
        }
    }

    public static HandoffJson of(Handoff h) {
        return new HandoffJson(ClientJson.of(h.client()), h.history().stream().map(AuditEventJson::of).toList(),
                h.contacts().stream().map(ContactJson::of).toList(),
                h.projects().stream().map(ProjectJson::of).toList(),
                h.openTasks().stream().map(TaskJson::of).toList(),
                h.openAsks().stream().map(AskJson::of).toList(),
                h.recentUpdates().stream().map(UpdateJson::of).toList(), CapacityJson.of(h.capacity()),
                h.documents().stream().map(DocsRecordJson::of).toList(),
                h.invoices().stream().map(DocsRecordJson::of).toList());
    }
}
