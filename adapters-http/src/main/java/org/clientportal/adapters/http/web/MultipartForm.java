package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.clientportal.application.attachment.IncomingFile;
import org.clientportal.application.attachment.IncomingFiles;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * A {@code multipart/form-data} request body read as the files of an upload, part by part, straight
 * off the connection as the use case asks for them (Commons FileUpload's streaming API: no part is
 * buffered whole or written to a temporary file). Parts named {@code file} are the files; any other
 * part is a form field, read and dropped, at most {@link #MAX_FIELDS} of them, each at most
 * {@link #MAX_FIELD_BYTES}. A body that breaks off, or is malformed, is refused as such, whichever
 * layer was reading it at the time.
 */
public final class MultipartForm implements IncomingFiles {

    public static final String FILE_FIELD = "file";
    static final int MAX_FIELDS = 20;
    static final int MAX_FIELD_BYTES = 8 * 1024;

    private final FileItemInputIterator parts;
    private int fields;

    private MultipartForm(FileItemInputIterator parts) {
        this.parts = parts;
    }

    /** Runs the work on the request's files; refusals of the body itself come out as domain errors. */
    public static <T> T read(Context ctx, Function<IncomingFiles, T> work) {
        if (!JakartaServletFileUpload.isMultipartContent(ctx.req())) {
            throw new DomainError(ErrorKind.UNSUPPORTED_TYPE, "upload.not-multipart",
                    "Send the files as multipart/form-data, each in a part named '" + FILE_FIELD + "'");
        }
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(UploadPaths.MAX_BODY_BYTES);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        try {
            return work.apply(new MultipartForm(upload.getItemIterator(ctx.req())));
        } catch (IOException e) {
            throw refusal(e);
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause());
        }
    }

    @Override
    public Optional<IncomingFile> next() {
        try {
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (FILE_FIELD.equals(part.getFieldName())) {
                    return Optional.of(new IncomingFile(submittedName(part.getName()), part.getInputStream()));
                }
                skipField(part);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    /**
     * The file name as its sender meant it. A double quote cannot stand in the quoted parameter as it
     * is: browsers send it as {@code %22} (the HTML form encoding), curl as {@code \"}; the parser
     * hands on either as it came.
     */
    static String submittedName(String raw) {
        return raw == null ? "" : raw.replace("\\\"", "\"").replace("%22", "\"");
    }

    private void skipField(FileItemInput part) throws IOException {
        if (++fields > MAX_FIELDS) {
            throw new DomainError(ErrorKind.TOO_LARGE, "upload.too-many-fields",
                    "An upload has at most " + MAX_FIELDS + " form fields besides its files",
                    Map.of("maxFields", MAX_FIELDS));
        }
        try (InputStream value = part.getInputStream()) {
            if (value.readNBytes(MAX_FIELD_BYTES + 1).length > MAX_FIELD_BYTES) {
                String field = part.getFieldName() == null ? "" : part.getFieldName();
                throw new DomainError(ErrorKind.TOO_LARGE, "upload.field-too-large",
                        "The form field '" + field + "' is larger than " + MAX_FIELD_BYTES + " bytes",
                        Map.of("field", field, "maxBytes", MAX_FIELD_BYTES));
            }
        }
    }

    /** What a failure to read the body says about the body. */
    private static DomainError refusal(Throwable failure) {
        if (failure instanceof FileUploadSizeException) {
            return new DomainError(ErrorKind.TOO_LARGE, "upload.too-large",
                    "An upload may be at most " + UploadPaths.MAX_BODY_BYTES + " bytes in all",
                    Map.of("maxBytes", UploadPaths.MAX_BODY_BYTES));
        }
        if (failure instanceof MultipartInput.MalformedStreamException
                || failure instanceof MultipartInput.FileUploadBoundaryException) {
            return new DomainError(ErrorKind.INVALID, "upload.malformed",
                    "The multipart body is not well-formed: " + failure.getMessage());
        }
        return new DomainError(ErrorKind.INVALID, "upload.incomplete",
                "The upload ended, or stopped arriving, before its last part");
    }
}
