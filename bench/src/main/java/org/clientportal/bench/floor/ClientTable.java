package org.clientportal.bench.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The floor's three statements on portal.clients, each filtering on the tenant as the product's do. */
final class ClientTable {

    private static final String COLUMNS = "id, name, email, company, phone, status, source, task_key_prefix,"
            + " version, created_at, updated_at, status_changed_at";

    private static final String BY_ID = "select " + COLUMNS + " from portal.clients where tenant_id = ? and id = ?";

    /** Newest first, the product's default order, one row more than the page to know whether another follows. */
    private static final String PAGE = "select " + COLUMNS + " from portal.clients where tenant_id = ?"
            + " order by created_at desc, id desc limit ?";

    private static final String INSERT = "insert into portal.clients (tenant_id, id, name, email, company, status,"
            + " source, task_key_prefix, version, created_at, updated_at, status_changed_at)"
            + " values (?, ?, ?, ?, ?, 'lead', 'manual', ?, 1, ?, ?, ?) returning " + COLUMNS;

    Optional<Map<String, Object>> find(Connection connection, UUID tenant, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
            select.setObject(1, tenant);
            select.setObject(2, id);
            List<Map<String, Object>> rows = rows(select.executeQuery());
            return rows.stream().findFirst();
        }
    }

    List<Map<String, Object>> firstPage(Connection connection, UUID tenant, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PAGE)) {
            select.setObject(1, tenant);
            select.setInt(2, limit + 1);
            return rows(select.executeQuery());
        }
    }

    Map<String, Object> insert(Connection connection, UUID tenant, NewClient client) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, tenant);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, client.name());
            insert.setString(4, client.email());
            insert.setString(5, client.company());
            insert.setString(6, client.taskKeyPrefix());
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, now);
            return rows(insert.executeQuery()).get(0);
        }
    }

    private static List<Map<String, Object>> rows(ResultSet result) throws SQLException {
        try (result) {
            ResultSetMetaData columns = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    row.put(columns.getColumnLabel(column), value instanceof Timestamp t ? t.toInstant() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
