package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fake's storage that behaves like tables under {@link InMemoryTransactions}: writes outside a
 * transaction fail (as a use case that forgot its transaction must), and a transaction that fails
 * rolls every write back. Values come out in insertion order.
 */
public final class TransactionalMap<K, V> {

    private final InMemoryTransactions transactions;
    private final Map<K, V> rows = new LinkedHashMap<>();

    public TransactionalMap(InMemoryTransactions transactions) {
        this.transactions = transactions;
        transactions.enlist(this);
    }

    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    public synchronized List<V> values() {
        return new ArrayList<>(rows.values());
    }

    public synchronized List<Map.Entry<K, V>> entries() {
        return rows.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    public synchronized void put(K key, V value) {
        transactions.requireOpen();
        rows.put(key, value);
    }

    public synchronized void remove(K key) {
        transactions.requireOpen();
        rows.remove(key);
    }

    synchronized Runnable snapshot() {
        Map<K, V> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
