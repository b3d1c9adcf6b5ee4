package org.clientportal.application.attachment;

import java.util.Optional;

/**
 * The files of one upload, in the order they arrive, streamed: the driving adapter reads them off
 * the request as they are asked for, so no file is ever held whole in memory. Refusals of the
 * upload's form (too many fields, a malformed body) surface from {@link #next} or from reading a
 * file's content, as domain errors or {@link java.io.UncheckedIOException}s.
 */
public interface IncomingFiles {

    /** The next file, or empty after the last; the previous file's content is then no longer readable. */
    Optional<IncomingFile> next();
}
