package org.clientportal.adapters.http.openapi;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a document against the OpenAPI 3.1 specification with swagger-parser: structure,
 * required and unexpected fields, local references, declared path parameters, repeated
 * operationIds. Every message it gives is a failure.
 */
final class OpenApiValidator {

    private OpenApiValidator() {
    }

    static List<String> messages(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            messages.add("the document could not be read as OpenAPI");
        } else if (result.getOpenAPI().getSpecVersion() != SpecVersion.V31) {
            messages.add("the document is not OpenAPI 3.1 but " + result.getOpenAPI().getSpecVersion());
        }
        return messages;
    }
}
