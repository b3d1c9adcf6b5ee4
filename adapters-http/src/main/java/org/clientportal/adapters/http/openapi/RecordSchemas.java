package org.clientportal.adapters.http.openapi;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.swagger2.Swagger2Module;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.WireNames;

/**
 * JSON schemas generated from the request and response records (victools jsonschema-generator, its
 * Jackson and Swagger-annotation modules), each record a named schema under
 * {@code #/components/schemas}. Records say in {@code @Schema} annotations what their types alone do
 * not: descriptions, limits, formats, which request fields are required and which may be null.
 *
 * <p>Responses and requests differ in one rule each. Every component of a response record is
 * required, since Jackson writes them all (null included), unless marked {@code NOT_REQUIRED}; a
 * request record's component is required only when marked {@code REQUIRED}, and a request record
 * refuses unknown fields ({@code additionalProperties: false}), as the strict body reader does.
 *
 * <p>Enums travel as their lower-case wire names. The status and role enums named in the vocabulary
 * become shared schemas with their description (and a lifecycle's moves in {@code x-transitions});
 * any other enum is written in place.
 */
final class RecordSchemas {

    private static final String DEFINITIONS = "components/schemas";
    private static final JsonNode NULL_TYPE = JsonNodeFactory.instance.objectNode().put("type", "null");

    /** Which way a record travels. */
    enum Direction { REQUEST, RESPONSE }

    private final Map<Class<?>, Function<List<String>, ObjectNode>> vocabulary;
    private final SchemaBuilder requests;
    private final SchemaBuilder responses;

    /** {@code vocabulary}: for each shared enum, its schema given its wire names. */
    RecordSchemas(Map<Class<?>, Function<List<String>, ObjectNode>> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.requests = generator(Direction.REQUEST).buildMultipleSchemaDefinitions();
        this.responses = generator(Direction.RESPONSE).buildMultipleSchemaDefinitions();
    }

    /** A schema for the type (a {@code $ref} for records), filled in when {@link #definitions()} is called. */
    ObjectNode reference(Direction direction, Type type, List<Type> typeArguments) {
        SchemaBuilder builder = direction == Direction.REQUEST ? requests : responses;
        return builder.createSchemaReference(type, typeArguments.toArray(Type[]::new));
    }

    /**
     * Every named schema the references need. Called once, after the last reference; a name that
     * stands for two different schemas (two records named alike) is refused rather than numbered.
     */
    Map<String, JsonNode> definitions() {
        Map<String, JsonNode> all = new TreeMap<>();
        for (SchemaBuilder builder : List.of(requests, responses)) {
            ObjectNode collected = builder.collectDefinitions(DEFINITIONS);
            tidy(collected);
            collected.properties().forEach(definition -> {
                JsonNode earlier = all.putIfAbsent(definition.getKey(), definition.getValue());
                if (earlier != null && !earlier.equals(definition.getValue())) {
                    throw new IllegalStateException("The schema " + definition.getKey()
                            + " differs between requests and responses: " + earlier + " and " + definition.getValue());
                }
            });
        }
        return all;
    }

    /**
     * A reference carries nothing the referenced schema must say itself ({@code additionalProperties}
     * beside a {@code $ref}), and a nullable reference says what it is next to its {@code anyOf}, not
     * inside one branch.
     */
    private static void tidy(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("$ref")) {
                object.remove("additionalProperties");
            }
            JsonNode anyOf = object.get("anyOf");
            if (anyOf != null && anyOf.size() == 2 && anyOf.get(0).equals(NULL_TYPE) && anyOf.get(1).has("$ref")) {
                ObjectNode reference = (ObjectNode) anyOf.get(1);
                List<String> moved = new ArrayList<>();
                reference.fieldNames().forEachRemaining(name -> {
                    if (!name.equals("$ref") && !name.equals("additionalProperties")) {
                        moved.add(name);
                    }
                });
                moved.forEach(name -> object.set(name, reference.remove(name)));
            }
            object.elements().forEachRemaining(RecordSchemas::tidy);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(RecordSchemas::tidy);
        }
    }

    private SchemaGenerator generator(Direction direction) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .without(Option.SCHEMA_VERSION_INDICATOR)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .with(Option.INLINE_NULLABLE_SCHEMAS)
                .with(Option.PLAIN_DEFINITION_KEYS);
        if (direction == Direction.REQUEST) {
            config.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        } else {
            config.forFields().withRequiredCheck(field -> requiredMode(field) != Schema.RequiredMode.NOT_REQUIRED);
        }
        // Properties in the order of the record's components, which is the order Jackson writes them.
        config.forTypesInGeneral()
                .withPropertySorter((a, b) -> 0)
                .withDefinitionNamingStrategy(new Names())
                .withDescriptionResolver(RecordSchemas::envelopeDescription)
                .withCustomDefinitionProvider(new Definitions());
        config.with(new JacksonModule()).with(new Swagger2Module());
        return new SchemaGenerator(config.build());
    }

    private static Schema.RequiredMode requiredMode(MemberScope<?, ?> member) {
        Schema schema = member.getAnnotationConsideringFieldAndGetter(Schema.class);
        if (schema != null) {
            return schema.requiredMode();
        }
        ArraySchema array = member.getAnnotationConsideringFieldAndGetter(ArraySchema.class);
        return array == null ? Schema.RequiredMode.AUTO : array.arraySchema().requiredMode();
    }

    /** Records are named schemas; enums of the vocabulary too, other enums and maps are written in place. */
    private final class Definitions implements CustomDefinitionProviderV2 {

        @Override
        public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
            Class<?> erased = type.getErasedType();
            if (erased.isEnum()) {
                List<String> names = WireNames.of(List.of((Enum<?>[]) erased.getEnumConstants()));
                Function<List<String>, ObjectNode> shared = vocabulary.get(erased);
                if (shared != null) {
                    return new CustomDefinition(shared.apply(names), CustomDefinition.DefinitionType.ALWAYS_REF,
                            CustomDefinition.INCLUDING_ATTRIBUTES);
                }
                ObjectNode inline = context.getGeneratorConfig().createObjectNode().put("type", "string");
                names.forEach(inline.putArray("enum")::add);
                return new CustomDefinition(inline, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (erased.isRecord()) {
                return new CustomDefinition(context.createStandardDefinition(type, this),
                        CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (Map.class.isAssignableFrom(erased)) {
                return new CustomDefinition(context.createStandardDefinition(type, this),
                        CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            return null;
        }
    }

    /**
     * A record is named by its {@code @Schema(name)} (the Swagger module reads it first), else by its
     * class; the envelopes by what they hold: {@code ClientPage}, {@code OperatorPage}. Two types
     * under one name are an error, not {@code Client-1}.
     */
    private static final class Names implements SchemaDefinitionNamingStrategy {

        @Override
        public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
            ResolvedType type = key.getType();
            Class<?> erased = type.getErasedType();
            if (erased == PageJson.class) {
                return nameOf(type.getTypeParameters().get(0).getErasedType()) + "Page";
            }
            return nameOf(erased);
        }

        @Override
        public void adjustDuplicateNames(Map<DefinitionKey, String> duplicates, SchemaGenerationContext context) {
            throw new IllegalStateException("Two types share a schema name: " + duplicates);
        }

        @Override
        public String adjustNullableName(DefinitionKey key, String name, SchemaGenerationContext context) {
            return name;
        }
    }

    static String nameOf(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema == null || schema.name().isEmpty() ? type.getSimpleName() : schema.name();
    }

    private static String envelopeDescription(TypeScope scope) {
        Class<?> erased = scope.getType().getErasedType();
        if (erased == PageJson.class) {
            return "One page of " + nameOf(scope.getType().getTypeParameters().get(0).getErasedType())
                    + " records, in the order asked for (see `sort`).";
        }
        return null;
    }
}
