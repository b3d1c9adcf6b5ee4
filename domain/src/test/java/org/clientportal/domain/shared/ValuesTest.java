package org.clientportal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @Test
    void emailsAreKeptInLowerCase() {
        assertThat(new EmailAddress("Jane.Doe@Example.TEST").value()).isEqualTo("jane.doe@example.test");
    }

    @Test
    void emailLength_countsCharacters_notUtf16Units() {
        String local = "\uD83D\uDE00".repeat(240);

        assertThat(new EmailAddress(local + "@x.test").value()).startsWith(local);
        assertThatThrownBy(() -> new EmailAddress(local + "e".repeat(8) + "@x.test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "two@@x.test", "with space@x.test"})
    void malformedEmails_areRefused(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "a.b@c.d.e", "a@b..c", "ä@ö.ü", "a+tag@x.test"})
    void wellShapedEmails_areAccepted(String raw) {
        assertThat(new EmailAddress(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@x.test", "a@.test", "a@test.", "a@x.test\n", "a\t@x.test", "a@x.te\u000Bst", "a@b@c.d"})
    void emailsWithoutTextAroundTheirParts_orWithWhitespace_areRefused(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The shape as the regular expression it replaced stated it, checked against every short text of these characters. */
    @Test
    void theEmailShape_isThatOfTheRegularExpression() {
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
        char[] alphabet = {'a', '@', '.', ' ', '\n'};
        int checked = 0;
        for (int length = 1; length <= 7; length++) {
            for (int n = 0; n < Math.pow(alphabet.length, length); n++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.length) {
                    text.append(alphabet[rest % alphabet.length]);
                }
                String raw = text.toString();
                boolean accepted;
                try {
                    new EmailAddress(raw);
                    accepted = true;
                } catch (IllegalArgumentException refused) {
                    accepted = false;
                }
                assertThat(accepted).as(raw).isEqualTo(shape.matcher(raw).matches());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(97_655);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-acme", "acme-", "a_b", "ümlaut", "this-slug-is-much-too-long-for-any-agency-x"})
    void malformedSlugs_areRefused(String raw) {
        assertThatThrownBy(() -> new TenantSlug(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugsAreLowerCased() {
        assertThat(new TenantSlug("Acme-Studio").value()).isEqualTo("acme-studio");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-42", "A-1", "ACME-0", "ACME42", "ACME-"})
    void malformedTaskKeys_areRefused(String raw) {
        assertThatThrownBy(() -> new TaskKey(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void taskAndMilestoneKeysOfTheRightShape_areAccepted() {
        assertThat(new TaskKey("ACME-42").value()).isEqualTo("ACME-42");
        assertThat(new MilestoneKey("design-signoff").value()).isEqualTo("design-signoff");
    }

    @Test
    void aMalformedTaskKeyInAPath_namesNoTask() {
        assertThatThrownBy(() -> TaskKey.parse("acme-42")).isInstanceOf(NotFound.class);
        assertThat(TaskKey.parse("ACME-42")).isEqualTo(new TaskKey("ACME-42"));
    }

    @Test
    void validation_collectsEveryFieldError() {
        Validation v = new Validation();
        v.requiredText("name", " ", 10);
        v.requiredText("company", "x".repeat(11), 10);
        v.required("email", "nope", EmailAddress::new);
        assertThatThrownBy(v::done).isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).fieldErrors()).extracting(FieldError::field)
                        .containsExactly("name", "company", "email"));
    }

    @Test
    void unknownStatusNames_listTheKnownOnes() {
        assertThatThrownBy(() -> StatusNames.parse(org.clientportal.domain.client.ClientStatus.class, "gone"))
                .hasMessage("must be one of lead, onboarding, active, paused, offboarded");
    }

    @Test
    void malformedIds_areNotFound() {
        assertThatThrownBy(() -> org.clientportal.domain.client.ClientId.parse("not-an-id"))
                .isInstanceOf(NotFound.class);
    }
}
