package org.clientportal.adapters.persistence.project;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.clientportal.adapters.persistence.generated.tables.records.MilestonesRecord;
import org.clientportal.adapters.persistence.generated.tables.records.ProjectsRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/**
 * Converts between a projects row with its milestones rows and {@link Project}. A milestone's
 * place in the plan is its position, 0 to n-1.
 */
final class ProjectRows {

    private ProjectRows() {
    }

    static ProjectsRecord toRecord(Project project) {
        ProjectDetails details = project.details();
        ProjectsRecord record = new ProjectsRecord();
        record.setTenantId(project.tenantId().value());
        record.setId(project.id().value());
        record.setClientId(project.clientId().value());
        record.setName(details.name());
        record.setDescription(details.description().orElse(null));
        record.setStartDate(details.startDate().orElse(null));
        record.setDueDate(details.dueDate().orElse(null));
        record.setStatus(Lifecycle.wireName(project.status()));
        record.setVisibility(Lifecycle.wireName(project.visibility()));
        record.setVersion(project.version());
        record.setCreatedAt(project.createdAt());
        record.setUpdatedAt(project.updatedAt());
        return record;
    }

    static List<MilestonesRecord> milestoneRecords(Project project) {
        List<Milestone> plan = project.milestones();
        return IntStream.range(0, plan.size()).mapToObj(position -> {
            Milestone milestone = plan.get(position);
            MilestonesRecord record = new MilestonesRecord();
            record.setTenantId(project.tenantId().value());
            record.setProjectId(project.id().value());
            record.setKey(milestone.key().value());
            record.setPosition(position);
            record.setTitle(milestone.title());
            record.setTaskKeys(milestone.taskKeys().stream().map(TaskKey::value).toArray(String[]::new));
            record.setDueDate(milestone.dueDate().orElse(null));
            record.setVisibility(Lifecycle.wireName(milestone.visibility()));
            record.setCompletedAt(milestone.completedAt().orElse(null));
            return record;
        }).toList();
    }

    /** Whether two rows of the same milestone hold the same values (jOOQ records compare arrays by identity). */
    static boolean sameMilestone(MilestonesRecord a, MilestonesRecord b) {
        return a.getPosition().equals(b.getPosition()) && a.getTitle().equals(b.getTitle())
                && Arrays.equals(a.getTaskKeys(), b.getTaskKeys())
                && Objects.equals(a.getDueDate(), b.getDueDate())
                && a.getVisibility().equals(b.getVisibility())
                && Objects.equals(a.getCompletedAt(), b.getCompletedAt());
    }

    /** The milestones must come in position order. */
    static Project toProject(ProjectsRecord record, List<MilestonesRecord> milestones) {
        ProjectDetails details = new ProjectDetails(record.getName(), Optional.ofNullable(record.getDescription()),
                Optional.ofNullable(record.getStartDate()), Optional.ofNullable(record.getDueDate()));
        return Project.restore(new ProjectId(record.getId()), new TenantId(record.getTenantId()),
                new ClientId(record.getClientId()), details, StatusNames.parse(ProjectStatus.class, record.getStatus()),
                StatusNames.parse(Visibility.class, record.getVisibility()), milestones.stream().map(ProjectRows::toMilestone).toList(), record.getVersion(), record.getCreatedAt(),
                record.getUpdatedAt());
    }

    private static Milestone toMilestone(MilestonesRecord record) {
        return new Milestone(new MilestoneKey(record.getKey()), record.getTitle(),
                Arrays.stream(record.getTaskKeys()).map(TaskKey::new).toList(),
                Optional.ofNullable(record.getDueDate()), StatusNames.parse(Visibility.class, record.getVisibility()),
                Optional.ofNullable(record.getCompletedAt()));
    }
}
