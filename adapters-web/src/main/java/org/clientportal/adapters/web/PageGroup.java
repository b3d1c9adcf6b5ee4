package org.clientportal.adapters.web;

/** One feature's pages, registered through {@link Pages}; bootstrap hands the web app one per feature. */
public interface PageGroup {

    void register(Pages pages);
}
