package org.clientportal.adapters.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages' templates, compiled to Java classes when the module is built (jte): every output is
 * HTML-escaped by its context, and nothing is parsed or compiled at run time.
 */
final class Templates {

    private static final String PACKAGE = "org.clientportal.adapters.web.templates";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    String render(String template, Object model) {
        StringOutput output = new StringOutput(8192);
        engine.render(template, model, output);
        return output.toString();
    }
}
