package org.clientportal.adapters.web;

/** What a page handler answers: a rendered template, or a redirect after a form was taken. */
public sealed interface Answer {

    /** {@code template}: its path under src/main/jte, e.g. {@code "operator/clients.jte"}; {@code model} its one parameter. */
    record View(String template, Object model, int status) implements Answer {
    }

    /** 303 See Other: the browser follows with a GET, so reloading the page never repeats the form. */
    record Redirect(String location) implements Answer {
    }

    static Answer view(String template, Object model) {
        return new View(template, model, 200);
    }

    /** A page that shows a refusal, with the status the API would answer for it. */
    static Answer view(String template, Object model, int status) {
        return new View(template, model, status);
    }

    static Answer redirect(String location) {
        return new Redirect(location);
    }
}
