package org.clientportal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void textWithANulCharacter_isRefusedNamingTheField_whereverItIsChecked() {
        Validation v = new Validation();

        v.requiredText("name", "a\u0000b", 100);
        v.optionalText("company", "\u0000", 100);
        v.required("email", "a\u0000@x.test", EmailAddress::new);
        v.optional("phone", "1\u00002", raw -> raw);

        assertThatThrownBy(v::done).isInstanceOfSatisfying(ValidationFailed.class, failed ->
                assertThat(failed.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("name", "company", "email", "phone"));
    }

    @Test
    void everyErrorIsCollectedBeforeFailing() {
        Validation v = new Validation();

        assertThat(v.requiredText("name", "  ", 10)).isNull();
        assertThat(v.requiredText("title", "x".repeat(11), 10)).isNull();
        assertThat(v.optionalText("note", null, 10)).isEmpty();

        assertThatThrownBy(v::done).isInstanceOfSatisfying(ValidationFailed.class, failed ->
                assertThat(failed.fieldErrors()).extracting(FieldError::field).containsExactly("name", "title"));
    }
}
