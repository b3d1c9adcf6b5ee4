package org.clientportal.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * The CSRF token of a form shown before anyone signed in (the sign-in forms), where there is no
 * session to hold one: a random value in a SameSite=Strict cookie of its own, which the form sends
 * back as a field. Another site can make a browser post the form, but cannot read the cookie to
 * put the value in the field, so it cannot sign a visitor in as someone else.
 */
final class FormToken {

    static final String COOKIE = "portal_form_token";
    static final String FIELD = "_csrf";
    private static final int TOKEN_BYTES = 32;
    /** Unpadded base64url of {@link #TOKEN_BYTES}: a cookie of another length is none of ours. */
    private static final int TOKEN_LENGTH = 43;

    private final SecureRandom random = new SecureRandom();
    private final WebCookies cookies;

    FormToken(WebCookies cookies) {
        this.cookies = cookies;
    }

    /** The visitor's token, made and set as a cookie when they have none yet. */
    String issue(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (existing != null && existing.length() == TOKEN_LENGTH) {
            return existing;
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        cookies.set(ctx, COOKIE, token, "/", -1, SameSite.STRICT);
        return token;
    }

    void check(Context ctx) {
        checkSame(ctx.formParam(FIELD), ctx.cookie(COOKIE));
    }

    /** Refuses, as the API refuses a cookie write without the session's token, unless both are there and equal. */
    static void checkSame(String sent, String expected) {
        if (sent == null || expected == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new DomainError(ErrorKind.FORBIDDEN, "csrf-token-mismatch",
                    "This form has expired or was not sent from this site; reload the page and send it again");
        }
    }
}
