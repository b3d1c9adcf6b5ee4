package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;

/** The page a portal link opens, and why a link was refused. */
public record PortalSignInView(Frame frame, Refusal refusal) {
}
