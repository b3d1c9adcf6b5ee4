package org.clientportal.application.project;

import java.util.List;

/** One milestone of a plan as a caller sends it; {@code visibility} left out is internal. */
public record MilestoneInput(String key, String title, List<String> taskKeys, String dueDate, String visibility) {
}
