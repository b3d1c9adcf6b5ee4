package org.clientportal.adapters.http.web;

/** One feature's routes, registered through the route table; bootstrap hands the API one per feature. */
public interface FeatureRoutes {

    void register(RouteTable table, JsonBodies bodies);
}
