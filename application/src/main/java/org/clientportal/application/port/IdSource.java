package org.clientportal.application.port;

import java.util.UUID;

/** New identifiers, ordered by creation time (so lists and indexes follow insertion order). */
public interface IdSource {

    UUID next();
}
