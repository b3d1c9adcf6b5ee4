package org.clientportal.bootstrap.e2e.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A multipart/form-data body, built as a browser or curl -F would send it. */
public final class Multipart {

    public static final String BOUNDARY = "portal-e2e-boundary-7c1f";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private record Part(String name, String fileName, byte[] content) {
    }

    private final List<Part> parts = new ArrayList<>();

    public Multipart file(String fileName, byte[] content) {
        parts.add(new Part("file", fileName, content));
        return this;
    }

    public Multipart file(String fileName, String content) {
        return file(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart field(String name, String value) {
        parts.add(new Part(name, null, value.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            String disposition = "form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName().replace("\"", "\\\"") + "\"");
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n"
                    + (part.fileName() == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
