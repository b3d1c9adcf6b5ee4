package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --demo} loads a working agency through the use cases, once, however often the portal starts with it. */
class DemoAgencyTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    @Test
    void theDemoAgency_isLoadedOnce_withTasksBehindItsMilestones() {
        DemoAgency.load(PORTAL.portal().features(), PORTAL.port());
        DemoAgency.load(PORTAL.portal().features(), PORTAL.port());

        ApiClient owner = PORTAL.anonymous().signIn(DemoAgency.SLUG, DemoAgency.OWNER_EMAIL, DemoAgency.PASSWORD);
        assertThat(owner.get("/api/v1/clients").expect(200).json().path("items")).hasSize(4);
        JsonNode tasks = owner.get("/api/v1/tasks?sort=createdAt").expect(200).json().path("items");
        assertThat(tasks.findValuesAsText("key")).containsExactly("ACME-1", "ACME-2", "ACME-3", "ACME-4", "ACME-5",
                "ACME-6", "ACME-7", "ACME-8");
        String site = tasks.get(0).path("projectId").asText();
        JsonNode milestones = owner.get("/api/v1/projects/" + site + "/milestones").expect(200).json()
                .path("milestones");
        assertThat(milestones).extracting(m -> m.path("key").asText() + " " + m.path("ready").asBoolean())
                .containsExactly("discovery true", "design false", "launch false");
    }
}
