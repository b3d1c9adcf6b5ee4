package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "10.0.0.0/8, 10.255.1.2, true",
            "10.0.0.0/8, 11.0.0.1, false",
            "192.168.4.0/22, 192.168.7.255, true",
            "192.168.4.0/22, 192.168.8.0, false",
            "192.0.2.7, 192.0.2.7, true",
            "192.0.2.7, 192.0.2.8, false",
            "0.0.0.0/0, 203.0.113.9, true",
            "fd00::/8, fd12:3456::1, true",
            "fd00::/8, fe80::1, false",
            "::1, [::1], true",
            "10.0.0.0/8, fd00::1, false",
            "10.0.0.0/8, not-an-address, false",
            "10.0.0.0/8, 10.1, false"})
    void containsExactlyTheAddressesOfItsPrefix(String range, String address, boolean inside) {
        assertThat(AddressRange.parse(range).contains(address)).isEqualTo(inside);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "proxy.example.com", "10.0.0/8", "10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0.0/x",
            "1.2.3.4/8/8", "300.1.1.1"})
    void anythingButALiteralAddressWithAFittingPrefix_isRefused(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
