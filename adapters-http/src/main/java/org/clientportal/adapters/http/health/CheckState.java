package org.clientportal.adapters.http.health;

import com.fasterxml.jackson.annotation.JsonValue;
import org.clientportal.adapters.http.web.WireNames;

/** What one readiness check found, as {@code /readyz} reports it: {@code up} or {@code down}. */
public enum CheckState {
    UP,
    DOWN;

    @JsonValue
    @Override
    public String toString() {
        return WireNames.of(this);
    }
}
