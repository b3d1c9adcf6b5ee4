package org.clientportal.application.port;

import org.clientportal.application.ask.ReplyContext;

/** Writes the text of a reply to an ask from what the client may see of it, for an operator to edit. */
public interface ReplyDrafts {

    String draft(ReplyContext context);
}
