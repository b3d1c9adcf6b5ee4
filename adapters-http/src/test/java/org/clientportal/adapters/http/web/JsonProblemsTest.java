package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.clientportal.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

/** A body's value of the wrong type is a problem naming the field and the type it must be. */
class JsonProblemsTest {

    private static final ObjectMapper JSON = JsonMapping.create();

    record Typed(Long minutes, BigDecimal hours, Boolean billable, String note) {
    }

    private static FieldError problemOf(String body) {
        JsonProcessingException refused = catchThrowableOfType(() -> JSON.readValue(body, Typed.class),
                JsonProcessingException.class);
        assertThat(refused).as(body).isNotNull();
        return JsonProblems.of(refused).errors().get(0);
    }

    @Test
    void eachTypedField_namesWhatItMustBe() {
        assertThat(problemOf("{\"minutes\": 1.5}")).isEqualTo(new FieldError("minutes", "must be a whole number"));
        assertThat(problemOf("{\"minutes\": \"90\"}")).isEqualTo(new FieldError("minutes", "must be a whole number"));
        assertThat(problemOf("{\"hours\": \"40\"}")).isEqualTo(new FieldError("hours", "must be a number"));
        assertThat(problemOf("{\"billable\": \"yes\"}")).isEqualTo(new FieldError("billable", "must be true or false"));
        assertThat(problemOf("{\"note\": 3}")).isEqualTo(new FieldError("note", "must be a string"));
    }
}
