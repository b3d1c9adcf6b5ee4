package org.clientportal.adapters.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL JDBC URL split where setup needs it: the same server, another database. */
record JdbcUrl(String servers, String database, String parameters) {

    private static final Pattern SHAPE = Pattern.compile("^jdbc:postgresql://([^/?]+)/([^/?]+)(\\?.*)?$");

    static JdbcUrl parse(String url) {
        Matcher m = SHAPE.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "jdbcUrl must look like jdbc:postgresql://host:port/database, not " + url);
        }
        return new JdbcUrl(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    JdbcUrl withDatabase(String name) {
        return new JdbcUrl(servers, name, parameters);
    }

    String value() {
        return "jdbc:postgresql://" + servers + "/" + database + parameters;
    }

    /** How messages name the place: {@code 127.0.0.1:5432/portal}. */
    @Override
    public String toString() {
        return servers + "/" + database;
    }
}
