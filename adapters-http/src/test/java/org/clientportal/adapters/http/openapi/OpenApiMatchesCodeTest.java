package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clientportal.adapters.http.apikey.ApiKeyJson;
import org.clientportal.adapters.http.apikey.ApiKeyRoutes;
import org.clientportal.adapters.http.audit.AuditRoutes;
import org.clientportal.adapters.http.client.ClientRoutes;
import org.clientportal.adapters.http.operator.OperatorRoutes;
import org.clientportal.adapters.http.project.ProjectRoutes;
import org.clientportal.adapters.http.task.CreateTaskRequest;
import org.clientportal.adapters.http.task.TaskJson;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.task.TaskTransitionRequest;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.application.audit.EntityTypes;
import org.clientportal.adapters.http.apikey.CreateApiKeyRequest;
import org.clientportal.adapters.http.audit.AuditEventJson;
import org.clientportal.adapters.http.client.ClientJson;
import org.clientportal.adapters.http.client.CreateClientRequest;
import org.clientportal.adapters.http.client.IntakeRequest;
import org.clientportal.adapters.http.operator.AddOperatorRequest;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.project.CreateProjectRequest;
import org.clientportal.adapters.http.project.MilestonesRequest;
import org.clientportal.adapters.http.project.MilestonesJson;
import org.clientportal.adapters.http.project.ProjectJson;
import org.clientportal.adapters.http.session.LogInRequest;
import org.clientportal.adapters.http.tenant.RegisterTenantRequest;
import org.clientportal.adapters.http.tenant.TenantJson;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.client.ClientTransitionRequest;
import org.clientportal.adapters.http.project.ProjectTransitionRequest;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.apikey.ListApiKeys;
import org.clientportal.application.audit.ListAuditEvents;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.operator.ListOperators;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.task.SearchTasks;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.shared.SortField;
import org.clientportal.application.operator.Passwords;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas say what the code really reads and writes: names, statuses, moves and limits. */
class OpenApiMatchesCodeTest {

    private final OpenApiDocument document = OpenApiDocument.served();

    static Stream<Arguments> recordsAndTheirSchemas() throws ClassNotFoundException {
        return Stream.of(
                Arguments.of("Client", ClientJson.class),
                Arguments.of("Project", ProjectJson.class),
                Arguments.of("Milestone", ProjectJson.MilestoneJson.class),
                Arguments.of("MilestonesProgress", MilestonesJson.class),
                Arguments.of("MilestoneProgress", MilestonesJson.MilestoneProgressJson.class),
                Arguments.of("LinkedTask", MilestonesJson.LinkedTaskJson.class),
                Arguments.of("Task", TaskJson.class),
                Arguments.of("Operator", OperatorJson.class),
                Arguments.of("ApiKey", ApiKeyJson.class),
                Arguments.of("AuditEvent", AuditEventJson.class),
                Arguments.of("Tenant", TenantJson.class),
                Arguments.of("Session", Class.forName("org.clientportal.adapters.http.session.SessionJson")),
                Arguments.of("Me", Class.forName("org.clientportal.adapters.http.session.MeJson")),
                Arguments.of("Registration", Class.forName("org.clientportal.adapters.http.tenant.RegistrationJson")),
                Arguments.of("IssuedApiKey", Class.forName("org.clientportal.adapters.http.apikey.IssuedApiKeyJson")),
                Arguments.of("Health", Class.forName("org.clientportal.adapters.http.health.HealthJson")),
                Arguments.of("Readiness", Class.forName("org.clientportal.adapters.http.health.ReadinessJson")),
                Arguments.of("IntakeReceipt", Class.forName("org.clientportal.adapters.http.client.IntakeReceiptJson")),
                Arguments.of("Problem", ProblemJson.class),
                Arguments.of("RegisterTenantRequest", RegisterTenantRequest.class),
                Arguments.of("LogInRequest", LogInRequest.class),
                Arguments.of("IntakeRequest", IntakeRequest.class),
                Arguments.of("CreateClientRequest", CreateClientRequest.class),
                Arguments.of("CreateProjectRequest", CreateProjectRequest.class),
                Arguments.of("CreateTaskRequest", CreateTaskRequest.class),
                Arguments.of("MilestonePlan", MilestonesRequest.class),
                Arguments.of("MilestoneInput", MilestonesRequest.MilestoneRequest.class),
                Arguments.of("CreateApiKeyRequest", CreateApiKeyRequest.class),
                Arguments.of("AddOperatorRequest", AddOperatorRequest.class),
                Arguments.of("ClientChanges", Class.forName("org.clientportal.adapters.http.client.UpdateClientRequest")),
                Arguments.of("ProjectChanges", Class.forName("org.clientportal.adapters.http.project.UpdateProjectRequest")),
                Arguments.of("TaskChanges", Class.forName("org.clientportal.adapters.http.task.UpdateTaskRequest")),
                Arguments.of("OperatorChanges", Class.forName("org.clientportal.adapters.http.operator.ChangeOperatorRequest")),
                Arguments.of("ClientTransitionRequest", ClientTransitionRequest.class),
                Arguments.of("ProjectTransitionRequest", ProjectTransitionRequest.class),
                Arguments.of("TaskTransitionRequest", TaskTransitionRequest.class));
    }

    @ParameterizedTest(name = "{0} has the properties of {1}")
    @MethodSource("recordsAndTheirSchemas")
    void eachSchema_namesExactlyTheComponentsOfTheRecordJacksonReadsOrWrites(String schema, Class<?> record) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(propertyNames(document.schema(schema))).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void pageSchemas_haveItemsAndNextCursor_likePageJson() {
        List<String> components = Arrays.stream(PageJson.class.getRecordComponents())
                .map(RecordComponent::getName).toList();

        for (String page : List.of("ClientPage", "ProjectPage", "TaskPage", "AuditEventPage", "OperatorPage",
                "ApiKeyPage")) {
            assertThat(propertyNames(document.schema(page))).as(page).containsExactlyInAnyOrderElementsOf(components);
        }
    }

    @Test
    void statusAndRoleEnums_listEveryWireName() {
        assertThat(enumOf(document.schema("ClientStatus"))).containsExactlyElementsOf(WireNames.of(List.of(ClientStatus.values())));
        assertThat(enumOf(document.schema("ProjectStatus"))).containsExactlyElementsOf(WireNames.of(List.of(ProjectStatus.values())));
        assertThat(enumOf(document.schema("TaskStatus"))).containsExactlyElementsOf(WireNames.of(List.of(TaskStatus.values())));
        assertThat(enumOf(document.schema("Role"))).containsExactlyElementsOf(WireNames.of(List.of(Role.values())));
        assertThat(enumOf(document.schema("ApiKeyRole"))).containsExactlyElementsOf(
                WireNames.of(List.of(Role.values())).stream().filter(r -> !r.equals("owner")).toList());
        assertThat(enumOf(document.schema("Client").path("properties").path("source")))
                .containsExactlyElementsOf(WireNames.of(List.of(ClientSource.values())));
        assertThat(enumOf(document.schema("Task").path("properties").path("priority")))
                .containsExactlyElementsOf(WireNames.of(List.of(TaskPriority.values())));
        assertThat(enumOf(document.schema("Task").path("properties").path("visibility")))
                .containsExactlyElementsOf(WireNames.of(List.of(Visibility.values())));
        assertThat(enumOf(document.schema("Task").path("properties").path("source")))
                .containsExactlyElementsOf(WireNames.of(List.of(TaskSource.values())));
    }

    @Test
    void documentedMoves_areTheLifecycleTables() {
        assertThat(moves(document.schema("ClientStatus"))).isEqualTo(table(ClientLifecycle.MOVES, ClientStatus.values()));
        assertThat(moves(document.schema("ProjectStatus"))).isEqualTo(table(ProjectLifecycle.MOVES, ProjectStatus.values()));
        assertThat(moves(document.schema("TaskStatus"))).isEqualTo(table(TaskLifecycle.MOVES, TaskStatus.values()));
    }

    @Test
    void documentedLimits_areTheLimitsTheCodeEnforces() {
        assertThat(maxLength("CreateClientRequest", "name")).isEqualTo(ClientProfile.NAME_MAX);
        assertThat(maxLength("CreateClientRequest", "company")).isEqualTo(ClientProfile.COMPANY_MAX);
        assertThat(maxLength("CreateClientRequest", "phone")).isEqualTo(ClientProfile.PHONE_MAX);
        assertThat(maxLength("ClientChanges", "name")).isEqualTo(ClientProfile.NAME_MAX);
        assertThat(maxLength("IntakeRequest", "name")).isEqualTo(ClientProfile.NAME_MAX);
        assertThat(maxLength("IntakeRequest", "message")).isEqualTo(Client.INTAKE_MESSAGE_MAX);
        assertThat(maxLength("CreateProjectRequest", "name")).isEqualTo(ProjectDetails.NAME_MAX);
        assertThat(maxLength("CreateProjectRequest", "description")).isEqualTo(ProjectDetails.DESCRIPTION_MAX);
        assertThat(maxLength("ProjectChanges", "description")).isEqualTo(ProjectDetails.DESCRIPTION_MAX);
        assertThat(maxLength("MilestoneInput", "title")).isEqualTo(Milestone.TITLE_MAX);
        assertThat(maxLength("CreateTaskRequest", "title")).isEqualTo(TaskDetails.TITLE_MAX);
        assertThat(maxLength("CreateTaskRequest", "description")).isEqualTo(TaskDetails.DESCRIPTION_MAX);
        assertThat(maxLength("TaskChanges", "title")).isEqualTo(TaskDetails.TITLE_MAX);
        assertThat(maxLength("TaskChanges", "description")).isEqualTo(TaskDetails.DESCRIPTION_MAX);
        assertThat(maxLength("TaskTransitionRequest", "reason")).isEqualTo(TransitionCommand.REASON_MAX);
        assertThat(document.schema("MilestoneInput").path("properties").path("taskKeys").path("maxItems").asInt())
                .isEqualTo(Milestone.TASK_KEYS_MAX);
        assertThat(document.schema("MilestonePlan").path("properties").path("milestones").path("maxItems").asInt())
                .isEqualTo(Project.MILESTONES_MAX);
        assertThat(maxLength("RegisterTenantRequest", "name")).isEqualTo(Tenant.NAME_MAX);
        assertThat(maxLength("AddOperatorRequest", "name")).isEqualTo(Operator.NAME_MAX);
        assertThat(maxLength("CreateApiKeyRequest", "name")).isEqualTo(ApiKey.NAME_MAX);
        assertThat(maxLength("ClientTransitionRequest", "reason")).isEqualTo(TransitionCommand.REASON_MAX);
        assertThat(document.schema("AddOperatorRequest").path("properties").path("password").path("minLength").asInt())
                .isEqualTo(Passwords.MIN_LENGTH);

        JsonNode limit = document.resolve(document.root().at("/components/parameters/Limit")).path("schema");
        assertThat(limit.path("minimum").asInt()).isEqualTo(1);
        assertThat(limit.path("maximum").asInt()).isEqualTo(PageRequest.MAX_LIMIT);
        assertThat(limit.path("default").asInt()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(document.root().at("/components/parameters/ClientSearchText/schema/maxLength").asInt())
                .isEqualTo(SearchClients.QUERY_MAX);
    }

    static Stream<Arguments> listRoutesAndTheirQueryParameters() {
        return Stream.of(
                Arguments.of("/api/v1/clients", ClientRoutes.SEARCH_PARAMETERS),
                Arguments.of("/api/v1/projects", ProjectRoutes.SEARCH_PARAMETERS),
                Arguments.of("/api/v1/tasks", TaskRoutes.SEARCH_PARAMETERS),
                Arguments.of("/api/v1/audit-events", AuditRoutes.LIST_PARAMETERS),
                Arguments.of("/api/v1/operators", OperatorRoutes.LIST_PARAMETERS),
                Arguments.of("/api/v1/api-keys", ApiKeyRoutes.LIST_PARAMETERS));
    }

    @ParameterizedTest(name = "GET {0} documents the query parameters it takes")
    @MethodSource("listRoutesAndTheirQueryParameters")
    void eachList_documentsExactlyTheQueryParametersItsRouteTakes_arraysForRepeatableOnes(String path,
                                                                                            QueryParameters declared) {
        Map<String, JsonNode> documented = new LinkedHashMap<>();
        for (JsonNode parameter : document.operation("GET", path).node().path("parameters")) {
            JsonNode resolved = document.resolve(parameter);
            if (resolved.path("in").asText().equals("query")) {
                documented.put(resolved.path("name").asText(), resolved);
            }
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(declared.names());
        documented.forEach((name, parameter) -> assertThat(parameter.path("schema").path("type").asText().equals("array"))
                .as(path + " " + name + " is an array exactly when the route takes it repeatedly")
                .isEqualTo(declared.isRepeatable(name)));
        assertThat(document.operation("GET", path).node().path("responses").has("400"))
                .as(path + " refuses unknown parameters with a 400").isTrue();
    }

    static Stream<Arguments> listsAndTheirOrders() {
        return Stream.of(
                Arguments.of("/api/v1/clients", SearchClients.LISTING),
                Arguments.of("/api/v1/projects", SearchProjects.LISTING),
                Arguments.of("/api/v1/tasks", SearchTasks.LISTING),
                Arguments.of("/api/v1/audit-events", ListAuditEvents.LISTING),
                Arguments.of("/api/v1/operators", ListOperators.LISTING),
                Arguments.of("/api/v1/api-keys", ListApiKeys.LISTING));
    }

    @ParameterizedTest(name = "GET {0} documents the orders it takes and its default")
    @MethodSource("listsAndTheirOrders")
    void eachList_documentsExactlyTheSortsItsListingTakes_andItsDefault(String path, Listing<?> listing) {
        JsonNode sort = null;
        for (JsonNode parameter : document.operation("GET", path).node().path("parameters")) {
            JsonNode resolved = document.resolve(parameter);
            if (resolved.path("in").asText().equals("query") && resolved.path("name").asText().equals("sort")) {
                sort = resolved.path("schema");
            }
        }

        assertThat(sort).as(path + " documents sort").isNotNull();
        assertThat(enumOf(sort)).containsExactlyElementsOf(wireNames(listing));
        assertThat(sort.path("default").asText()).isEqualTo(listing.defaultSort().wireName());
    }

    @Test
    void theAuditEntityTypeFilter_listsTheKnownEntityTypes() {
        assertThat(enumOf(document.root().at("/components/parameters/EntityTypeFilter/schema")))
                .containsExactlyElementsOf(EntityTypes.KNOWN);
    }

    private static <F extends Enum<F> & SortField> List<String> wireNames(Listing<F> listing) {
        return Sort.wireNames(listing.fields());
    }

    private int maxLength(String schema, String property) {
        JsonNode node = document.schema(schema).path("properties").path(property).path("maxLength");
        assertThat(node.isInt()).as(schema + "." + property + " has a maxLength").isTrue();
        return node.asInt();
    }

    private static List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> enumOf(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, List<String>> moves(JsonNode statusSchema) {
        Map<String, List<String>> moves = new LinkedHashMap<>();
        OpenApiDocument.entries(statusSchema.path("x-transitions")).forEach(e -> {
            List<String> targets = new ArrayList<>();
            e.getValue().forEach(t -> targets.add(t.asText()));
            moves.put(e.getKey(), targets);
        });
        return moves;
    }

    private static <S extends Enum<S>> Map<String, List<String>> table(Lifecycle<S> lifecycle, S[] statuses) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (S status : statuses) {
            table.put(WireNames.of(status), WireNames.of(lifecycle.allowedFrom(status)));
        }
        return table;
    }
}
