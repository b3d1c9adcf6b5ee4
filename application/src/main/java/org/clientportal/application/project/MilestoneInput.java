package org.clientportal.application.project;

import java.util.List;

/** One milestone of a plan as a caller sends it. */
public record MilestoneInput(String key, String title, List<String> taskKeys, String dueDate) {
}
