package org.clientportal.adapters.web.operator;

import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;

/** The operator's sign-in form, with what was typed (never the password) and why it was refused. */
public record SignInView(Frame frame, String tenant, String email, String next, Refusal refusal) {
}
