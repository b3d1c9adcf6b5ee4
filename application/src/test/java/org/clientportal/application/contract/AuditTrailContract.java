package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.audit.AuditSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

public abstract class AuditTrailContract extends StorageContract {

    @Test
    void appendedEvents_areFoundNewestFirst_withTheirSnapshots() {
        TenantId tenant = newTenant();
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("status", "lead");
        lead.put("phone", null);
        lead.put("tags", List.of("vip", "eu"));
        lead.put("active", false);
        AuditEvent created = event(tenant, "client.created", "client", "c-1", Optional.empty(),
                Optional.of(Map.of("name", "Acme", "status", "lead", "version", 1L)));
        AuditEvent changed = event(tenant, "client.transitioned", "client", "c-1", Optional.of(lead),
                Optional.of(Map.of("status", "onboarding", "profile", Map.of("seats", 12L, "rate", 99.5))));
        inTenant(tenant, () -> List.of(created, changed).forEach(ports.auditTrail()::append));

        Page<AuditEvent> found = search(tenant, AuditSearch.all(), 10, Optional.empty());

        assertThat(found.items()).containsExactly(changed, created);
        assertThat(found.next()).isEmpty();
    }

    @Test
    void search_byEntityTypeAndId() {
        TenantId tenant = newTenant();
        AuditEvent clientOne = event(tenant, "client.created", "client", "c-1");
        AuditEvent clientTwo = event(tenant, "client.created", "client", "c-2");
        AuditEvent project = event(tenant, "project.created", "project", "c-1");
        inTenant(tenant, () -> List.of(clientOne, clientTwo, project).forEach(ports.auditTrail()::append));

        assertThat(search(tenant, new AuditSearch(Optional.of("client"), Optional.empty()), 10, Optional.empty()).items())
                .containsExactly(clientTwo, clientOne);
        assertThat(search(tenant, new AuditSearch(Optional.of("client"), Optional.of("c-1")), 10, Optional.empty())
                .items()).containsExactly(clientOne);
        assertThat(search(tenant, new AuditSearch(Optional.empty(), Optional.of("c-1")), 10, Optional.empty()).items())
                .containsExactly(project, clientOne);
    }

    @Test
    void search_pagesWithCursors() {
        TenantId tenant = newTenant();
        List<AuditEvent> events = List.of(event(tenant, "a", "client", "1"), event(tenant, "b", "client", "1"),
                event(tenant, "c", "client", "1"));
        inTenant(tenant, () -> events.forEach(ports.auditTrail()::append));

        Page<AuditEvent> first = search(tenant, AuditSearch.all(), 2, Optional.empty());
        Page<AuditEvent> second = search(tenant, AuditSearch.all(), 2, first.next());

        assertThat(first.items()).containsExactly(events.get(2), events.get(1));
        assertThat(second.items()).containsExactly(events.get(0));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void search_byAt_inBothDirections_tiesById_acrossPages() {
        TenantId tenant = newTenant();
        AuditEvent third = event(tenant, "c", "client", "1", 3);
        AuditEvent first = event(tenant, "a", "client", "1", 1);
        AuditEvent second = event(tenant, "b", "client", "1", 2);
        AuditEvent alsoFirst = event(tenant, "a2", "client", "1", 1);
        inTenant(tenant, () -> List.of(third, first, second, alsoFirst).forEach(ports.auditTrail()::append));

        List<List<AuditEvent>> up = allPages(c -> search(tenant, AuditSearch.all(), Sort.ascending(AuditSort.AT), 3, c));
        List<List<AuditEvent>> down = allPages(c -> search(tenant, AuditSearch.all(), Sort.descending(AuditSort.AT), 2, c));

        assertThat(up).containsExactly(List.of(first, alsoFirst, second), List.of(third));
        assertThat(down).containsExactly(List.of(third, second), List.of(alsoFirst, first));
    }

    @Test
    void search_seesOnlyItsOwnTenant() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        AuditEvent own = event(mine, "client.created", "client", "c-1");
        inTenant(mine, () -> ports.auditTrail().append(own));
        inTenant(theirs, () -> ports.auditTrail().append(event(theirs, "client.created", "client", "c-1")));

        assertThat(search(mine, AuditSearch.all(), 10, Optional.empty()).items()).containsExactly(own);
    }

    /** In the trail's default order, newest first. */
    private Page<AuditEvent> search(TenantId tenant, AuditSearch search, int limit, Optional<Cursor> cursor) {
        return search(tenant, search, Sort.descending(AuditSort.AT), limit, cursor);
    }

    private Page<AuditEvent> search(TenantId tenant, AuditSearch search, Sort<AuditSort> sort, int limit,
                                    Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.auditTrail().search(tenant, search, page(tenant, sort, limit, cursor)));
    }

    private static AuditEvent event(TenantId tenant, String action, String entityType, String entityId) {
        return event(tenant, action, entityType, entityId, Optional.empty(), Optional.of(Map.of("id", entityId)));
    }

    private static AuditEvent event(TenantId tenant, String action, String entityType, String entityId, int minutes) {
        return new AuditEvent(newId(), tenant, "operator:ada", action, entityType, entityId, Optional.empty(),
                Optional.of(Map.of("id", entityId)), "req-" + action, at(minutes));
    }

    /**
     * Snapshots hold plain JSON values, which survive the round trip as: text, long (whole numbers),
     * double, boolean, list, map.
     */
    private static AuditEvent event(TenantId tenant, String action, String entityType, String entityId,
                                    Optional<Map<String, Object>> before, Optional<Map<String, Object>> after) {
        return new AuditEvent(newId(), tenant, "operator:ada", action, entityType, entityId, before, after,
                "req-" + action, at(1));
    }
}
