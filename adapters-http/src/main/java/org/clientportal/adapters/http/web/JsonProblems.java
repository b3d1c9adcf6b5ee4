package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.clientportal.domain.shared.FieldError;

/** Turns Jackson's complaints about a body into problems that name the field, never a 500. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String message = unknown.getPropertyName().equals("status")
                    ? "cannot be set here; change a status with POST .../transitions"
                    : "is not a known field";
            return Problem.invalid("validation", field + ": " + message, List.of(new FieldError(field, message)));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message = "must be " + expected(mismatch.getTargetType());
            return Problem.invalid("validation", field + ": " + message, List.of(new FieldError(field, message)));
        }
        if (e instanceof StreamReadException parse && isDuplicateField(parse)) {
            String field = path(parse.getProcessor() == null ? null : parse.getProcessor().getParsingContext());
            String message = "appears more than once; give each field once";
            return Problem.invalid("malformed-json", "The field " + field + " appears more than once in the body",
                    List.of(new FieldError(field, message)));
        }
        if (e instanceof StreamReadException parse) {
            String where = parse.getLocation() == null ? ""
                    : " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
            return Problem.invalid("malformed-json", "The body is not valid JSON" + where, List.of());
        }
        return Problem.invalid("malformed-json", "The body does not have the expected shape", List.of());
    }

    /** Jackson's STRICT_DUPLICATE_DETECTION reports a repeated field only by this message. */
    private static boolean isDuplicateField(StreamReadException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '");
    }

    /** The path of the field being read, {@code milestones[1].title}, from the parser's context. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject()) {
                parts.addFirst(at.getCurrentName() == null ? "" : at.getCurrentName());
            } else if (at.inArray()) {
                parts.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.length() == 0 || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == Long.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a " + type.getSimpleName().replaceAll("(Request|Input)$", "").toLowerCase(Locale.ROOT) + " object";
    }
}
