package org.clientportal.adapters.drafts;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Templates from the class path, values written unescaped: drafts are plain text or Markdown, never HTML. */
final class PlainTextMustacheFactory extends DefaultMustacheFactory {

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
