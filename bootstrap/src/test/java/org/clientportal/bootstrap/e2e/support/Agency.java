package org.clientportal.bootstrap.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A tenant registered over HTTP, its owner signed in, and the few steps most tests start from
 * (another operator, an API key, a client or project in a given status), each done over HTTP too.
 */
public record Agency(String slug, String id, String ownerId, String ownerEmail, ApiClient owner) {

    public static final String PASSWORD = "correct horse battery";

    /** A slug no other run uses. */
    public static String uniqueSlug() {
        return "e2e-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    static Agency register(ApiClient anonymous) {
        String slug = uniqueSlug();
        String email = "owner@" + slug + ".test";
        JsonNode registration = anonymous.post("/api/v1/tenants", Map.of("name", "Agency " + slug, "slug", slug,
                "ownerEmail", email, "ownerPassword", PASSWORD)).expect(201).json();
        return new Agency(slug, registration.path("tenant").path("id").asText(),
                registration.path("owner").path("id").asText(), email, anonymous.signIn(slug, email, PASSWORD));
    }

    /** Adds an operator with this role (as the owner) and returns them signed in. */
    public ApiClient operator(String role) {
        return owner.signIn(slug, addOperator(role).path("email").asText(), PASSWORD);
    }

    /** Adds an operator with this role as the owner; returns the operator as the API shows it. */
    public JsonNode addOperator(String role) {
        String email = role + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "@" + slug + ".test";
        return owner.post("/api/v1/operators", Map.of("email", email, "name", "A " + role, "role", role,
                "password", PASSWORD)).expect(201).json();
    }

    /** A browser signed in to the web app as this operator of the agency (by email; every one shares the password). */
    public WebBrowser inTheWebApp(String email) {
        return new WebBrowser(owner.base()).signIn(slug, email);
    }

    /** A browser signed in to the web app as a new operator with this role. */
    public WebBrowser operatorInTheWebApp(String role) {
        return inTheWebApp(addOperator(role).path("email").asText());
    }

    /** Creates an API key with this role and returns a client that sends it as a bearer token. */
    public ApiClient apiKey(String role) {
        JsonNode key = owner.post("/api/v1/api-keys", Map.of("name", "script as " + role, "role", role))
                .expect(201).json();
        return owner.withApiKey(key.path("key").asText());
    }

    /** A new client, then moved through the given statuses in order; returns it as last answered. */
    public JsonNode client(String name, String... moves) {
        JsonNode client = owner.post("/api/v1/clients", Map.of("name", name)).expect(201).json();
        for (String to : moves) {
            client = move("clients", client.path("id").asText(), to);
        }
        return client;
    }

    /** A new project of that client, then moved through the given statuses in order. */
    public JsonNode project(String clientId, String name, String... moves) {
        JsonNode project = owner.post("/api/v1/projects", Map.of("clientId", clientId, "name", name))
                .expect(201).json();
        for (String to : moves) {
            project = move("projects", project.path("id").asText(), to);
        }
        return project;
    }

    /** A new task on that project, then moved through the given statuses in order. */
    public JsonNode task(String projectId, String title, String... moves) {
        JsonNode task = owner.post("/api/v1/tasks", Map.of("projectId", projectId, "title", title)).expect(201).json();
        for (String to : moves) {
            task = move("tasks", task.path("key").asText(), to);
        }
        return task;
    }

    /** POST /api/v1/{clients|projects|tasks}/{id or key}/transitions, expecting 200. */
    public JsonNode move(String collection, String id, String to) {
        return owner.post("/api/v1/" + collection + "/" + id + "/transitions", transition(to)).expect(200).json();
    }

    /** Adds a contact with these portal rights to the client; returns the contact as the API shows it. */
    public JsonNode contact(String clientId, String name, String... rights) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + HexFormat.of().toHexDigits(
                ThreadLocalRandom.current().nextInt()) + "@client.test";
        return owner.post("/api/v1/clients/" + clientId + "/contacts", Map.of("name", name, "email", email,
                "rights", List.of(rights))).expect(201).json();
    }

    /** Issues a portal link for the contact and returns its token. */
    public String portalLink(String contactId) {
        return owner.post("/api/v1/contacts/" + contactId + "/portal-links").expect(201).json().path("token").asText();
    }

    public static Map<String, Object> transition(String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        return body;
    }
}
