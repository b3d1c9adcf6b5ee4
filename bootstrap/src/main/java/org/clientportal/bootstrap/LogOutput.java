package org.clientportal.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Hands PORTAL_LOG_FORMAT to logback.xml, which picks its console output by {@value #PROPERTY}; so
 * it must run before anything logs, when logback reads its configuration. Lines are written by an
 * async appender, so {@link #flush} writes out what it still holds before the process ends.
 */
final class LogOutput {

    static final String PROPERTY = "portal.log.format";

    private LogOutput() {
    }

    static void choose(LogFormat format) {
        System.setProperty(PROPERTY, format.wireName());
    }

    /** Stops logging, after the queued lines are written. */
    static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
    }
}
