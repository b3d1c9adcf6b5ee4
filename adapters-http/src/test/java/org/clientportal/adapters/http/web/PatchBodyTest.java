package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

/** A partial update's fields each take one kind of value (or null), and a field left out is kept. */
class PatchBodyTest {

    private static final ObjectMapper JSON = JsonMapping.create();
    private static final Map<String, PatchBody.Kind> FIELDS = Map.of("minutes", PatchBody.Kind.WHOLE_NUMBER,
            "hours", PatchBody.Kind.DECIMAL, "billable", PatchBody.Kind.FLAG, "note", PatchBody.Kind.TEXT);

    private static PatchBody read(String body) throws Exception {
        JsonNode tree = JSON.readTree(body);
        return PatchBody.of(tree, FIELDS);
    }

    @Test
    void eachKind_isReadAsSent_nullClears_andAFieldLeftOutIsKept() throws Exception {
        PatchBody patch = read("{\"minutes\": 90, \"hours\": 37.5, \"billable\": false, \"note\": null}");

        assertThat(patch.wholeNumber("minutes")).isEqualTo(Change.to(90L));
        assertThat(patch.decimal("hours").value()).isEqualByComparingTo("37.5");
        assertThat(patch.flag("billable")).isEqualTo(Change.to(false));
        assertThat(patch.text("note")).isEqualTo(Change.to(null));
        assertThat(read("{}").wholeNumber("minutes").present()).isFalse();
    }

    @Test
    void aValueOfAnotherKind_orAnUnknownField_isRefused_allAtOnce() {
        assertThatThrownBy(() -> read("{\"minutes\": 1.5, \"hours\": \"40\", \"billable\": \"yes\", \"note\": 3,"
                + " \"colour\": \"red\"}"))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).fieldErrors()).extracting(FieldError::message)
                        .containsExactlyInAnyOrder("must be a whole number or null", "must be a number or null",
                                "must be true, false or null", "must be a string or null", "is not a known field"));
    }
}
