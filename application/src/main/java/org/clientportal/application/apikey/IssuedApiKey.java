package org.clientportal.application.apikey;

import org.clientportal.domain.access.ApiKey;

/** A key just created, with its token: the only time the token is ever shown. */
public record IssuedApiKey(ApiKey key, String token) {

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key.id() + ", token=***]";
    }
}
