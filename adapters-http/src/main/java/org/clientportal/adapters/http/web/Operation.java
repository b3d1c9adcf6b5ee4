package org.clientportal.adapters.http.web;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Lifecycle;

/**
 * What one route does, as the OpenAPI document describes it: declared with the route in
 * {@link RouteTable#open} or {@link RouteTable#authenticated}, and the only source of that route's
 * entry in the served document. A route declares what is its own — summary, body and answer types,
 * parameters, the permission it needs and the problem codes of its rules; what every route of its
 * kind shares (problem+json, {@code X-Request-Id}, credentials, CSRF, {@code Idempotency-Key} on
 * authenticated POSTs, the refusals of bodies and query parameters) the document adds from the kind.
 */
public final class Operation {

    /** A group of operations, declared by the feature that owns them. */
    public record Tag(String name, String description) {

        public Tag {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * A path or query parameter. {@code component} names it among the document's shared parameters;
     * its schema is generated from {@code type} when given (a status enum, say), else given as is.
     */
    public record Parameter(String in, String name, String component, String description, Class<?> type,
                            Map<String, Object> schema) {

        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(description, "description");
            schema = schema == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(schema));
            if (!in.equals("path") && !in.equals("query")) {
                throw new IllegalArgumentException("A parameter is in the path or the query, not " + in);
            }
        }

        /** A path parameter: an opaque string naming a record (unknown: 404). */
        public static Parameter path(String name, String component, String description) {
            return new Parameter("path", name, component, description, null, Operation.schema("type", "string"));
        }

        public static Parameter query(String name, String component, String description, Map<String, Object> schema) {
            return new Parameter("query", name, component, description, null, schema);
        }

        /** A query parameter whose values are those of a type the document has a schema for. */
        public static Parameter query(String name, String component, String description, Class<?> type) {
            return new Parameter("query", name, component, description, type, Map.of());
        }
    }

    /** A success answer: its status, what it means and the type of its JSON body (none: no body). */
    public record Answer(int status, String description, Type type, List<Type> typeArguments) {

        public Answer {
            Objects.requireNonNull(description, "description");
            typeArguments = List.copyOf(typeArguments);
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("An answer is a success; refusals are problem codes: " + status);
            }
        }

        public Optional<Type> body() {
            return Optional.ofNullable(type);
        }
    }

    private final String id;
    private final Tag tag;
    private final String summary;
    private String description;
    private final List<Parameter> pathParameters = new ArrayList<>();
    private QueryParameters query;
    private final List<Parameter> queryParameters = new ArrayList<>();
    private Type requestBody;
    private final List<Answer> answers = new ArrayList<>();
    private final List<String> textAlternatives = new ArrayList<>();
    private final Set<ProblemCode> problems = new LinkedHashSet<>();
    private boolean versioned;
    private boolean ifMatch;
    private Permission permission;
    private boolean signedInOperatorOnly;
    private String sessionOnly;
    private String rateLimit;
    private boolean throughOutages;
    private boolean uploadsFiles;
    private String changesNothing;
    private String successCookie;
    private String successCookieName;

    private Operation(String id, Tag tag, String summary) {
        this.id = Objects.requireNonNull(id, "id");
        this.tag = Objects.requireNonNull(tag, "tag");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /** An operation with its id (unique in the document), its group and a one-line summary. */
    public static Operation of(String id, Tag tag, String summary) {
        return new Operation(id, tag, summary);
    }

    /**
     * This portal read as an operator asks for it on a contact's behalf: the same parameters and
     * answers, the contact's id in front, the {@code READ} permission, and a contact of no such id (or
     * an offboarded client's) among its refusals.
     */
    public Operation viewedAsContact(String portalPath, Tag viewTag, Parameter contact, ProblemCode... refusals) {
        String capitalized = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        Operation view = new Operation("viewAsContact" + capitalized, viewTag, "As a contact sees it: " + summary);
        view.description = "Answers exactly what GET " + portalPath + " gives the contact (only what is shared with"
                + " their client), read-only; every view is audited as `contact.viewed-as`."
                + (description == null ? "" : " " + description);
        view.pathParameters.add(contact);
        view.pathParameters.addAll(pathParameters);
        view.query = query;
        view.queryParameters.addAll(queryParameters);
        view.answers.addAll(answers);
        view.problems.addAll(problems);
        view.problems.addAll(Arrays.asList(refusals));
        return view.permission(Permission.READ);
    }

    /** More than the summary says, for people: rules, limits, what a caller should know. */
    public Operation description(String text) {
        this.description = text;
        return this;
    }

    public Operation pathParameter(Parameter parameter) {
        requireIn(parameter, "path");
        pathParameters.add(parameter);
        return this;
    }

    /**
     * The query parameters the route takes, as it reads them, each documented once: a parameter
     * documented that the route does not take, or taken and not documented, fails at once.
     */
    public Operation query(QueryParameters taken, Parameter... documented) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : documented) {
            requireIn(parameter, "query");
            names.add(parameter.name());
        }
        if (!names.equals(taken.names())) {
            throw new IllegalArgumentException(id + " takes the query parameters " + taken.names()
                    + " but documents " + names);
        }
        this.query = taken;
        this.queryParameters.addAll(Arrays.asList(documented));
        return this;
    }

    /** The route reads a JSON body of this type (a request record). */
    public Operation body(Type type) {
        this.requestBody = Objects.requireNonNull(type, "type");
        return this;
    }

    /** A success with a JSON body of this type ({@code PageJson.class, ClientJson.class} for a page of clients). */
    public Operation answers(int status, String description, Type type, Type... typeArguments) {
        answers.add(new Answer(status, description, Objects.requireNonNull(type, "type"), List.of(typeArguments)));
        return this;
    }

    /** Its successes also come as text of this media type ({@link TextReply}), for a caller whose Accept asks for it. */
    public Operation alsoAsText(String mediaType) {
        textAlternatives.add(Objects.requireNonNull(mediaType, "mediaType"));
        return this;
    }

    public List<String> textAlternatives() {
        return List.copyOf(textAlternatives);
    }

    /** A success whose body is a file of whatever type it was stored as, streamed ({@link FileReply}). */
    public Operation answersFile(int status, String description) {
        answers.add(new Answer(status, description, FileReply.class, List.of()));
        return this;
    }

    /** A success with no body (204). */
    public Operation answersNothing(int status, String description) {
        answers.add(new Answer(status, description, null, List.of()));
        return this;
    }

    /** The answer is a versioned record and carries its {@code ETag}. */
    public Operation versioned() {
        this.versioned = true;
        return this;
    }

    /**
     * The route changes a versioned record and honours {@code If-Match}: stale or foreign ETags are
     * 412, a concurrent change is 409.
     */
    public Operation ifMatch() {
        this.ifMatch = true;
        return versioned();
    }

    /** The permission the use case requires: callers whose role lacks it are answered 403. */
    public Operation permission(Permission needed) {
        this.permission = needed;
        return this;
    }

    /** Only an operator signed in with a session may call it; an API key is 403, whatever its role. */
    public Operation signedInOperatorOnly(Permission needed) {
        this.signedInOperatorOnly = true;
        return permission(needed);
    }

    /** It works on the caller's cookie session: an API key, which has none, is 403 for this reason. */
    public Operation sessionOnly(String why) {
        this.sessionOnly = Objects.requireNonNull(why, "why");
        return this;
    }

    /**
     * The route takes a {@code multipart/form-data} body of files, each a part named {@code file}
     * ({@link UploadPaths}); set by the route table for its upload routes.
     */
    Operation uploadsFiles() {
        this.uploadsFiles = true;
        return this;
    }

    /** Calls are counted against a rate limit (described here): over it, 429. */
    public Operation rateLimited(String limit) {
        this.rateLimit = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /**
     * Answered even while PostgreSQL or Redis is down, since nothing it does waits on them: never 503
     * {@code dependency-unavailable}.
     */
    public Operation answersThroughOutages() {
        this.throughOutages = true;
        return this;
    }

    /**
     * A POST that computes an answer and writes nothing (a draft, say): there is nothing to do twice, so
     * it takes no {@code Idempotency-Key} and a repeat computes again.
     */
    public Operation changesNothing(String why) {
        this.changesNothing = Objects.requireNonNull(why, "why");
        return this;
    }

    public boolean isChangingNothing() {
        return changesNothing != null;
    }

    /** The success answer sets ({@code "set"}) or clears ({@code "clear"}) the operator's session cookie. */
    public Operation sessionCookie(String change) {
        return cookie(SessionCookie.OPERATOR, change);
    }

    /** The success answer sets ({@code "set"}) or clears ({@code "clear"}) the contact's portal session cookie. */
    public Operation portalSessionCookie(String change) {
        return cookie(SessionCookie.CONTACT, change);
    }

    private Operation cookie(String name, String change) {
        if (!change.equals("set") && !change.equals("clear")) {
            throw new IllegalArgumentException("A success sets or clears the session cookie, not " + change);
        }
        this.successCookie = change;
        this.successCookieName = name;
        return this;
    }

    /** The codes of this route's own rules; their statuses come with them. */
    public Operation problems(ProblemCode... codes) {
        problems.addAll(Arrays.asList(codes));
        return this;
    }

    public String id() {
        return id;
    }

    public Tag tag() {
        return tag;
    }

    public String summary() {
        return summary;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<Parameter> pathParameters() {
        return List.copyOf(pathParameters);
    }

    /** The query parameters taken, when the route reads any (a list): empty for routes that ignore the query. */
    public Optional<QueryParameters> query() {
        return Optional.ofNullable(query);
    }

    public List<Parameter> queryParameters() {
        return List.copyOf(queryParameters);
    }

    public Optional<Type> requestBody() {
        return Optional.ofNullable(requestBody);
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public Set<ProblemCode> problems() {
        return Collections.unmodifiableSet(problems);
    }

    public boolean isVersioned() {
        return versioned;
    }

    public boolean takesIfMatch() {
        return ifMatch;
    }

    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    public boolean isSignedInOperatorOnly() {
        return signedInOperatorOnly;
    }

    public Optional<String> sessionOnly() {
        return Optional.ofNullable(sessionOnly);
    }

    public Optional<String> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    public boolean takesFiles() {
        return uploadsFiles;
    }

    public boolean isAnsweredThroughOutages() {
        return throughOutages;
    }

    public Optional<String> sessionCookie() {
        return Optional.ofNullable(successCookie);
    }

    /** Which cookie {@link #sessionCookie()} sets or clears: {@link SessionCookie#OPERATOR} or {@link SessionCookie#CONTACT}. */
    public Optional<String> sessionCookieName() {
        return Optional.ofNullable(successCookieName);
    }

    /** An ordered schema or parameter description: {@code schema("type", "string", "maxLength", 200)}. */
    public static Map<String, Object> schema(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            schema.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return schema;
    }

    /** The moves of a lifecycle as a list for people: {@code - `lead` → `onboarding`, `offboarded`}. */
    public static <S extends Enum<S>> String allowedMoves(Lifecycle<S> lifecycle, Class<S> statuses) {
        return Arrays.stream(statuses.getEnumConstants())
                .map(from -> "- `" + WireNames.of(from) + "` → " + (lifecycle.allowedFrom(from).isEmpty() ? "(final)"
                        : lifecycle.allowedFrom(from).stream().map(to -> "`" + WireNames.of(to) + "`")
                        .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    /** A rate limit for people, from the limit itself: {@code 10 registrations per address an hour}. */
    public static String limit(RateLimits.Limit limit, String per) {
        return limit.hits() + " " + limit.what() + " per " + per + " " + window(limit.window());
    }

    private static String window(Duration window) {
        if (window.equals(Duration.ofDays(1))) {
            return "a day";
        }
        if (window.equals(Duration.ofHours(1))) {
            return "an hour";
        }
        return "in " + window.toMinutes() + " minutes";
    }

    /** The permission's name as the API speaks it: {@code manage_api_keys} → {@code manage api keys}. */
    public static String words(Permission permission) {
        return permission.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void requireIn(Parameter parameter, String in) {
        if (!parameter.in().equals(in)) {
            throw new IllegalArgumentException(id + ": " + parameter.name() + " is a " + parameter.in()
                    + " parameter, not a " + in + " parameter");
        }
    }
}
