package org.clientportal.application.job;

/** Where a run of a job stands: still running, or ended, well or not. */
public enum JobOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
