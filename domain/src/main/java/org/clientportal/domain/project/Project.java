package org.clientportal.domain.project;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Rejection;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;

/** A piece of work for one client with its ordered milestones. Immutable: changes return a new version. */
public final class Project {

    public static final int MILESTONES_MAX = 100;

    private final ProjectId id;
    private final TenantId tenantId;
    private final ClientId clientId;
    private final ProjectDetails details;
    private final ProjectStatus status;
    private final Visibility visibility;
    private final List<Milestone> milestones;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Project(ProjectId id, TenantId tenantId, ClientId clientId, ProjectDetails details, ProjectStatus status,
                    Visibility visibility, List<Milestone> milestones, long version, Instant createdAt,
                    Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.clientId = Objects.requireNonNull(clientId);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.visibility = Objects.requireNonNull(visibility);
        this.milestones = List.copyOf(milestones);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** Every project starts planned, internal (the client sees it once it is shared), with no milestones. */
    public static Project create(ProjectId id, TenantId tenantId, ClientId clientId, ProjectDetails details,
                                 Instant now) {
        return new Project(id, tenantId, clientId, details, ProjectStatus.PLANNED, Visibility.INTERNAL, List.of(), 1,
                now, now);
    }

    public static Project restore(ProjectId id, TenantId tenantId, ClientId clientId, ProjectDetails details,
                                  ProjectStatus status, Visibility visibility, List<Milestone> milestones, long version,
                                  Instant createdAt, Instant updatedAt) {
        return new Project(id, tenantId, clientId, details, status, visibility, milestones, version, createdAt,
                updatedAt);
    }

    public Project withDetails(ProjectDetails newDetails, Instant now) {
        return new Project(id, tenantId, clientId, newDetails, status, visibility, milestones, version + 1, createdAt,
                now);
    }

    /** Shares the project with the client's contacts, or takes it back; the same visibility changes nothing. */
    public Project withVisibility(Visibility newVisibility, Instant now) {
        if (newVisibility == visibility) {
            return this;
        }
        return new Project(id, tenantId, clientId, details, status, newVisibility, milestones, version + 1, createdAt,
                now);
    }

    /**
     * Moves along the lifecycle table. Completion additionally needs every milestone done, so a
     * project is never closed with open promises in its plan.
     */
    public Project transitionTo(ProjectStatus target, Instant now) {
        ProjectLifecycle.MOVES.check(status, target);
        if (target == ProjectStatus.COMPLETED && milestones.stream().anyMatch(m -> !m.isCompleted())) {
            throw new Rejection("project.open-milestones",
                    "Complete every milestone before completing the project").toError();
        }
        return new Project(id, tenantId, clientId, details, target, visibility, milestones, version + 1, createdAt,
                now);
    }

    /**
     * Replaces the ordered plan. A milestone that keeps its key keeps its completion, so reordering
     * or retitling does not reopen finished work.
     */
    public Project withMilestones(List<Milestone> plan, Instant now) {
        refuseWhenClosed();
        if (plan.size() > MILESTONES_MAX) {
            throw ValidationFailed.of("milestones", "must hold at most " + MILESTONES_MAX + " milestones");
        }
        Set<MilestoneKey> seen = new HashSet<>();
        for (Milestone m : plan) {
            if (!seen.add(m.key())) {
                throw ValidationFailed.of("milestones", "key " + m.key() + " appears more than once");
            }
        }
        Map<MilestoneKey, Milestone> earlier = milestones.stream()
                .collect(Collectors.toMap(Milestone::key, Function.identity()));
        List<Milestone> merged = plan.stream()
                .map(m -> Optional.ofNullable(earlier.get(m.key())).filter(Milestone::isCompleted)
                        .map(m::keepingCompletionOf).orElse(m))
                .toList();
        return new Project(id, tenantId, clientId, details, status, visibility, merged, version + 1, createdAt, now);
    }

    /** Completing an already completed milestone changes nothing. */
    public Project completeMilestone(MilestoneKey key, Instant now) {
        refuseWhenClosed();
        Milestone target = milestone(key).orElseThrow(() -> new NotFound("milestone", key.value()));
        if (target.isCompleted()) {
            return this;
        }
        List<Milestone> updated = milestones.stream().map(m -> m.key().equals(key) ? m.completed(now) : m).toList();
        return new Project(id, tenantId, clientId, details, status, visibility, updated, version + 1, createdAt, now);
    }

    /** The milestones the client's contacts may see, in plan order. */
    public List<Milestone> milestonesVisibleToClient() {
        return milestones.stream().filter(m -> m.visibility() == Visibility.CLIENT).toList();
    }

    /** The project as its client's contacts are shown it: with its shared milestones only. */
    public Project asSharedWithClient() {
        return new Project(id, tenantId, clientId, details, status, visibility, milestonesVisibleToClient(), version,
                createdAt, updatedAt);
    }

    /** Every task key the plan links, each once, in plan order. */
    public List<TaskKey> linkedTaskKeys() {
        return milestones.stream().flatMap(m -> m.taskKeys().stream()).distinct().toList();
    }

    public Optional<Milestone> milestone(MilestoneKey key) {
        return milestones.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    private void refuseWhenClosed() {
        if (status.isClosed()) {
            throw new Rejection("project.closed", "The project is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + "; its milestones can no longer change").toError();
        }
    }

    public ProjectId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ProjectDetails details() {
        return details;
    }

    public ProjectStatus status() {
        return status;
    }

    public Visibility visibility() {
        return visibility;
    }

    /** What the client's contacts see of it: visible only when shared, and then only its shared milestones. */
    public boolean isVisibleToClient() {
        return visibility == Visibility.CLIENT;
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
