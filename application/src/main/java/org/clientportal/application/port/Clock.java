package org.clientportal.application.port;

import java.time.Instant;

/** The current time, passed in so that use cases are testable. */
public interface Clock {

    Instant now();
}
