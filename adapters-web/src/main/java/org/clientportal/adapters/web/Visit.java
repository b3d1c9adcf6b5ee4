package org.clientportal.adapters.web;

import org.clientportal.application.shared.Actor;

/**
 * A signed-in person on a page: the actor the use cases take, the frame their pages are shown in,
 * and the session their cookie holds (to end it on sign-out).
 */
public record Visit(Actor actor, Frame frame, String sessionId) {

    /** The frame, with this page's title. */
    public Frame frame(String title) {
        return frame.titled(title);
    }
}
