package org.clientportal.application.metric;

/** What became of a batch: how many points came, and how many were new (the rest were sent before). */
public record MetricsReceived(int received, int written) {

    public int duplicates() {
        return received - written;
    }
}
