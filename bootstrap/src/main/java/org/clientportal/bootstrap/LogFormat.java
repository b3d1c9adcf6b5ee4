package org.clientportal.bootstrap;

import java.util.Locale;

/**
 * How log lines are written to stdout (PORTAL_LOG_FORMAT): text for a terminal, or one JSON object
 * per line for a collector.
 */
enum LogFormat {
    TEXT,
    JSON;

    /** The value as written in PORTAL_LOG_FORMAT and as logback.xml names its outputs. */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
