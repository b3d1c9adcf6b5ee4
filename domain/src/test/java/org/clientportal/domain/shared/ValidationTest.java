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
    void aTypedValue_isRequired_andHeldToItsRule_eachErrorNamingItsField() {
        Validation v = new Validation();

        assertThat(v.requiredValue("minutes", 90L, Math::toIntExact)).isEqualTo(90);
        assertThat(v.<Long, Integer>requiredValue("hours", null, Math::toIntExact)).isNull();
        Integer refused = v.requiredValue("count", -1L, raw -> {
            throw new IllegalArgumentException("must be 0 or more");
        });
        assertThat(refused).isNull();

        assertThatThrownBy(v::done).isInstanceOfSatisfying(ValidationFailed.class, failed ->
                assertThat(failed.fieldErrors()).containsExactly(new FieldError("hours", "is required"),
                        new FieldError("count", "must be 0 or more")));
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

    @Test
    void textLimits_countCharacters_soAnEmojiIsOne() {
        Validation v = new Validation();

        assertThat(v.requiredText("name", "\uD83D\uDE00".repeat(200), 200)).hasSize(400);
        v.requiredText("title", "\uD83D\uDE00".repeat(201), 200);

        assertThatThrownBy(v::done).isInstanceOfSatisfying(ValidationFailed.class, failed ->
                assertThat(failed.fieldErrors()).containsExactly(new FieldError("title", "must be at most 200 characters")));
    }

    @Test
    void singleLineTexts_refuseControlAndBidiCharacters_multiLineOnesTakeLineFeedsAndTabs() {
        Validation v = new Validation();

        v.requiredText("name", "Acme\u202Egnp.exe", 100);
        v.optionalText("company", "Acme\nLtd", 100);
        v.required("email", "a\u0007@x.test", EmailAddress::new);
        v.optionalMultiLineText("reason", "a\u001Bb", 100);
        assertThat(v.optionalMultiLineText("description", "Line one\n\tLine two", 100)).hasValue("Line one\n\tLine two");
        assertThat(v.optionalMultiLineText("message", "\u202Bשלום\u202C", 100)).isPresent();

        assertThatThrownBy(v::done).isInstanceOfSatisfying(ValidationFailed.class, failed ->
                assertThat(failed.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("name", "company", "email", "reason"));
    }

    @Test
    void aLoneSurrogate_isRefusedNamingTheField_evenInASecret() {
        Validation v = new Validation();

        v.requiredText("name", "a\uD800", 100);
        v.optionalMultiLineText("message", "\uDC00", 100);
        v.requiredSecret("password", "pass\uD800word", 100);
        assertThat(v.requiredSecret("other", " spaced\tsecret ", 100)).isEqualTo(" spaced\tsecret ");

        assertThatThrownBy(v::done).isInstanceOfSatisfying(ValidationFailed.class, failed ->
                assertThat(failed.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("name", "message", "password"));
    }
}
