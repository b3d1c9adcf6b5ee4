package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Signs in as an operator, has the portal issue an API key (only a person signed in may), signs the
 * session out again and keeps the key: every later command uses the key, so no session is left open.
 */
@Command(name = "login", description = "Sign in, create an API key for this CLI and store it (mode 0600) in the user's config directory.",
        footerHeading = "%nExamples:%n", footer = {"  portal login --url http://localhost:7070 --tenant demo --email owner@demo.test",
                "  printf '%s\\n' \"$PASSWORD\" | portal login --url https://portal.example.com --tenant acme --email ops@acme.test --password-stdin"})
final class LoginCommand implements Runnable {

    private final Context context;

    @Option(names = "--url", description = "The portal's address (default: PORTAL_URL, else the stored one).")
    String url;

    @Option(names = "--tenant", required = true, description = "The agency's slug.")
    String tenant;

    @Option(names = "--email", required = true)
    String email;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (for scripts).")
    boolean passwordFromStdin;

    @Option(names = "--key-name", defaultValue = "portal CLI", description = "The API key's name, as the portal lists it (default: ${DEFAULT-VALUE}).")
    String keyName;

    LoginCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        ConfigStore store = context.configStore();
        URI base = Context.baseUri(url != null ? url : context.setting("PORTAL_URL")
                .or(() -> store.load().map(StoredLogin::url))
                .orElseThrow(() -> CliFailure.usage("error: which portal? give --url (or set PORTAL_URL)")));
        ApiClient anonymous = ApiClient.anonymous(base);
        ApiResponse signIn = anonymous.postUnkeyed("/api/v1/sessions",
                Json.object().put("tenant", tenant).put("email", email).put("password", password()));
        JsonNode session = signIn.json();
        ApiClient operator = anonymous.withSession(sessionCookie(signIn), session.path("csrfToken").asText());
        JsonNode key;
        try {
            key = operator.post("/api/v1/api-keys", Json.object().put("name", keyName)
                    .put("role", keyRole(session.path("operator").path("role").asText()))).json();
        } finally {
            operator.delete("/api/v1/sessions/current");
        }
        Optional<StoredLogin> previous = previousLogin(store);
        store.save(new StoredLogin(base.toString(), key.path("key").asText(), key.path("id").asText(), tenant, email));
        context.printer().line("Signed in to " + base + " as " + email + " (" + key.path("role").asText() + ") of "
                + session.path("tenant").path("name").asText() + "; the API key is stored in " + store.file());
        previous.ifPresent(this::revoke);
    }

    /** The login this one replaces, if one is stored and readable (an unreadable file is simply overwritten). */
    private static Optional<StoredLogin> previousLogin(ConfigStore store) {
        try {
            return store.load().filter(login -> login.url() != null && login.apiKey() != null && login.keyId() != null);
        } catch (CliFailure unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Revokes the replaced key with itself, as {@code logout} would: best effort, since the new login is
     * already stored; a key the portal no longer takes counts as revoked, any other failure is said.
     */
    private void revoke(StoredLogin previous) {
        try {
            ApiClient.withApiKey(Context.baseUri(previous.url()), previous.apiKey())
                    .delete("/api/v1/api-keys/" + Resource.segment(previous.keyId()));
            context.printer().line("The previous API key (" + previous.keyId() + " at " + previous.url() + ") is revoked.");
        } catch (CliFailure failed) {
            if (failed.exitCode() != ExitCode.AUTH) {
                context.err().println("warning: the previous API key (" + previous.keyId() + " at " + previous.url()
                        + ") could not be revoked: " + failed.lines().get(0).replaceFirst("^error: ", "")
                        + "; revoke it in the portal (DELETE /api/v1/api-keys/" + previous.keyId() + ")");
            }
        }
    }

    /** A key acts with no more than its issuer's role, and may not be an owner's: an owner's CLI acts as admin. */
    private static String keyRole(String operatorRole) {
        return "owner".equals(operatorRole) ? "admin" : operatorRole;
    }

    private String password() {
        if (passwordFromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw CliFailure.usage("error: --password-stdin: standard input held no password");
                }
                return line;
            } catch (IOException e) {
                throw CliFailure.usage("error: --password-stdin: cannot read standard input: " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw CliFailure.usage("error: no terminal to ask for the password: pipe it in with --password-stdin");
        }
        char[] typed = console.readPassword("Password for %s: ", email);
        if (typed == null || typed.length == 0) {
            throw CliFailure.usage("error: no password given");
        }
        return new String(typed);
    }

    private static String sessionCookie(ApiResponse signIn) {
        String setCookie = signIn.header("Set-Cookie");
        if (setCookie == null) {
            throw new CliFailure(ExitCode.SERVER, "error: the portal signed in but set no session cookie");
        }
        return setCookie.split(";", 2)[0];
    }
}
