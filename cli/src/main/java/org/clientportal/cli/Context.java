package org.clientportal.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of the CLI works with, handed in rather than read from globals so that tests drive it
 * in-process: the environment, standard input and output, and from them the stored login and the API.
 * {@code PORTAL_URL} and {@code PORTAL_API_KEY} override what {@code portal login} stored.
 */
public final class Context {

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;

    public Context(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public InputStream in() {
        return in;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Printer printer() {
        return new Printer(out, err);
    }

    public ConfigStore configStore() {
        return ConfigStore.forEnvironment(env);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The API as the signed-in operator's key. */
    public ApiClient api() {
        // The stored file is read only for what the environment does not give.
        String url = setting("PORTAL_URL").or(() -> configStore().load().map(StoredLogin::url)).orElse(null);
        String key = setting("PORTAL_API_KEY").or(() -> configStore().load().map(StoredLogin::apiKey)).orElse(null);
        if (url == null || key == null) {
            throw new CliFailure(ExitCode.AUTH, "error: not signed in: run portal login (or set PORTAL_URL and PORTAL_API_KEY)");
        }
        return ApiClient.withApiKey(baseUri(url), key);
    }

    /** The portal's address as given by a user: http(s), with or without a trailing slash. */
    public static URI baseUri(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip().replaceAll("/+$", "") + "/");
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("error: not a URL: " + url);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw CliFailure.usage("error: the portal's URL must start with http:// or https:// and name a host: " + url);
        }
        return uri;
    }
}
