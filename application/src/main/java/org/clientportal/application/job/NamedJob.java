package org.clientportal.application.job;

/** One of the portal's own jobs, known by the name its schedule and its runs go by. */
abstract class NamedJob implements Job {

    private final String name;

    NamedJob(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }
}
