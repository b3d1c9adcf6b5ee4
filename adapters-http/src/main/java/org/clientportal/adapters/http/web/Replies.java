package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Writes replies and problems to the response: JSON with the right media type, unless a file or a text of another type. */
public final class Replies {

    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper;

    public Replies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(Context ctx, Reply reply) {
        reply.headers().forEach(ctx::header);
        ctx.status(reply.status());
        if (reply.body() instanceof FileReply file) {
            writeFile(ctx, file);
        } else if (reply.body() instanceof TextReply text) {
            ctx.contentType(text.mediaType() + "; charset=utf-8").result(text.text());
        } else if (reply.body() != null) {
            ctx.contentType(JSON).result(serialize(reply.body()));
        }
    }

    /**
     * The stored type is never sniffed again by a browser, and the file is saved, not shown. It goes
     * to the servlet's own stream, past Javalin's compression, which would break the length sent.
     */
    private static void writeFile(Context ctx, FileReply file) {
        ctx.header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("Content-Length", Long.toString(file.length()))
                .contentType(file.contentType());
        try (InputStream content = file.content()) {
            content.transferTo(ctx.res().getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Context ctx, Problem problem) {
        ctx.status(problem.status())
                .contentType(PROBLEM_JSON)
                .result(serialize(problem.toJson(ctx.path(), RequestIds.of(ctx))));
    }

    public String serialize(Object body) {
        if (body instanceof RawJson raw) {
            return raw.text();
        }
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
