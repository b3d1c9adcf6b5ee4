package org.clientportal.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

class TenantTokenTest {

    private static final TenantId TENANT = new TenantId(UUID.fromString("01a23909-01ee-76dd-ac11-75bd3883ad92"));
    private static final String SECRET = "iTwwh5G8u-CCuEQuAWaRWj1jYBonDmKoNY0NpAE543Q";

    @Test
    void anIssuedToken_parsesBackToItsTenant_asItsOwnKindOnly() {
        TenantToken issued = TenantToken.issue(TenantToken.API_KEY, TENANT, SECRET);

        assertThat(issued.value()).isEqualTo("cmp_01a2390901ee76ddac1175bd3883ad92_" + SECRET);
        assertThat(TenantToken.parse(TenantToken.API_KEY, issued.value())).contains(issued);
        assertThat(TenantToken.parse(TenantToken.PORTAL_LINK, issued.value())).isEmpty();
    }

    @Test
    void textOfAnotherShape_isNoToken() {
        String valid = TenantToken.issue(TenantToken.API_KEY, TENANT, SECRET).value();

        assertThat(TenantToken.parse(TenantToken.API_KEY, null)).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, "")).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid + "x")).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.substring(1))).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.replace("cmp_", "cmp-"))).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.replace("_iTww", "-iTww"))).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.replace("01a23909", "01A23909"))).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.replace("01a23909", "01a2390g"))).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.replace("iTww", "iT+w"))).isEmpty();
        assertThat(TenantToken.parse(TenantToken.API_KEY, valid.replace("iTww", "iT=w"))).isEmpty();
    }

    @Test
    void theSecret_neverAppearsInItsText() {
        assertThat(TenantToken.issue(TenantToken.API_KEY, TENANT, SECRET).toString()).doesNotContain(SECRET);
    }
}
