package org.clientportal.adapters.http.project;

import java.util.List;

/** The whole ordered plan: {@code {"milestones": [{key, title, taskKeys, dueDate?}]}}. */
public record MilestonesRequest(List<MilestoneRequest> milestones) {

    public record MilestoneRequest(String key, String title, List<String> taskKeys, String dueDate) {
    }
}
