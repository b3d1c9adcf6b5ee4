package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.ListScope;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.shared.SortField;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every repository contract shares. A contract runs against each implementation of the ports
 * (the in-memory fakes and the real database) so that the fakes the use-case tests trust cannot
 * drift from the real thing. Each test works in tenants of its own, so tests never see each
 * other's rows even when an implementation keeps them across tests.
 */
public abstract class StorageContract {

    protected static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static final AtomicInteger PREFIXES = new AtomicInteger();

    protected StoragePorts ports;

    /** The implementation under test; called before every test. */
    protected abstract StoragePorts storage();

    @BeforeEach
    void openStorage() {
        ports = storage();
    }

    /** A registered tenant, unique to the calling test. */
    protected TenantId newTenant() {
        TenantId id = new TenantId(newId());
        String slug = "t-" + HexFormat.of().toHexDigits(id.value().getLeastSignificantBits());
        inTenant(id, () -> ports.tenants().add(new Tenant(id, "Agency " + slug, new TenantSlug(slug), T0)));
        return id;
    }

    protected static UUID newId() {
        return OrderedIds.next();
    }

    /** A task key prefix no other client of any test has. */
    protected static TaskKeyPrefix newPrefix() {
        return new TaskKeyPrefix("C" + PREFIXES.incrementAndGet());
    }

    /** A stored client of the tenant, for the records that belong to one. */
    protected ClientId newClient(TenantId tenant) {
        Client client = Client.create(new ClientId(newId()), tenant,
                new ClientProfile("Client", Optional.empty(), Optional.empty(), Optional.empty()), newPrefix(),
                ClientSource.MANUAL, Optional.empty(), at(0));
        inTenant(tenant, () -> ports.clients().add(client));
        return client.id();
    }

    protected static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    protected <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return ports.transactions().inTenant(tenant, work);
    }

    protected void inTenant(TenantId tenant, Runnable work) {
        ports.transactions().inTenant(tenant, () -> {
            work.run();
            return null;
        });
    }

    /**
     * A page of a list in this order, after a cursor of an earlier page. Repositories only hand the
     * scope on to the next cursor, so any scope does here.
     */
    protected static <F extends Enum<F> & SortField> PageRequest<F> page(TenantId tenant, Sort<F> sort, int limit,
                                                                         Optional<Cursor> cursor) {
        return new PageRequest<>(limit, sort, ListScope.of("contract", tenant, sort.wireName(), ""),
                cursor.map(Cursor::position));
    }

    /** Reads page after page, each with the cursor of the one before, until one has no next cursor. */
    protected static <T> List<List<T>> allPages(Function<Optional<Cursor>, Page<T>> read) {
        List<List<T>> pages = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        do {
            Page<T> page = read.apply(cursor);
            pages.add(page.items());
            cursor = page.next();
        } while (cursor.isPresent() && pages.size() < 100);
        return pages;
    }

    /** Fails unless the action throws exactly this kind of error, and returns it for closer looks. */
    protected static <E extends Throwable> E thrownBy(Class<E> type, ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).isInstanceOf(type);
        return type.cast(thrown);
    }

    /** For aggregates without value equality: every field, recursively. */
    protected static void assertSameState(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }
}
