package org.clientportal.bootstrap;

import java.lang.management.ManagementFactory;

/** How this process names itself where replicas must be told apart (the record of job runs): host and pid. */
final class ProcessName {

    private ProcessName() {
    }

    static String current() {
        // The runtime's name is "pid@host" on the JVMs we run on.
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
