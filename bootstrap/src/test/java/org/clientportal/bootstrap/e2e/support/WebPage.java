package org.clientportal.bootstrap.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page (or a form's answer) as the browser got it, read as a test reads HTML: by its text and its forms' fields. */
public record WebPage(String method, String path, int status, HttpHeaders headers, String html) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** A header's first value, or empty. */
    public String header(String name) {
        return headers.firstValue(name).orElse("");
    }

    /** Where a redirect sends the browser, or empty. */
    public String location() {
        return header("Location");
    }

    public WebPage expect(int expected) {
        assertThat(status).as(describe()).isEqualTo(expected);
        return this;
    }

    /** The token the page's forms send back. */
    public String csrfToken() {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a form with a CSRF token on " + describe()).isTrue();
        return token.group(1);
    }

    /** The record's version the page's first versioned form sends back. */
    public String version() {
        return find("name=\"version\" value=\"(\\d+)\"");
    }

    /** What a reader sees: the markup's text, entities decoded, runs of white space as one. */
    public String text() {
        return SPACE.matcher(unescape(TAG.matcher(html).replaceAll(" "))).replaceAll(" ").trim();
    }

    /** The text of the textarea named so, as the page filled it. */
    public String textarea(String name) {
        Matcher area = Pattern.compile("<textarea[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(html);
        assertThat(area.find()).as("a textarea " + name + " on " + describe()).isTrue();
        return unescape(area.group(1));
    }

    /** Every value of the buttons named so, in the page's order: the moves a form offers. */
    public List<String> buttons(String name) {
        Matcher button = Pattern.compile("<button[^>]*name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        List<String> values = new ArrayList<>();
        while (button.find()) {
            values.add(button.group(1));
        }
        return values;
    }

    /** The first match of {@code regex}'s group 1 in the markup: an id in a link, say. */
    public String find(String regex) {
        Matcher found = Pattern.compile(regex).matcher(html);
        assertThat(found.find()).as(regex + " on " + describe()).isTrue();
        return unescape(found.group(1));
    }

    public String describe() {
        return method + " " + path + " -> " + status + (location().isEmpty() ? "" : " to " + location()) + "\n"
                + (html.length() > 4000 ? html.substring(0, 4000) + "…" : html);
    }

    private static String unescape(String markup) {
        return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
