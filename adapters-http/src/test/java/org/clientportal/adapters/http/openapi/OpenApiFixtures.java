package org.clientportal.adapters.http.openapi;

import java.time.Duration;
import java.util.List;
import org.clientportal.adapters.http.HttpApi;
import org.clientportal.adapters.http.HttpSettings;
import org.clientportal.application.UseCases;
import org.clientportal.application.fakes.FakePorts;
import org.clientportal.application.port.ReadinessCheck;

/** The real HTTP API over in-memory fakes: every route registered exactly as in production. */
final class OpenApiFixtures {

    private OpenApiFixtures() {
    }

    static HttpApi apiOverFakes() {
        return apiOver(new FakePorts());
    }

    static HttpApi apiOver(FakePorts fakes) {
        return new HttpApi(UseCases.wire(fakes.ports(), Duration.ofHours(8)), HttpSettings.defaults(),
                List.of(new ReadinessCheck() {
                    @Override
                    public String name() {
                        return "fake";
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }
                }));
    }
}
