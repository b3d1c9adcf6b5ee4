package org.clientportal.adapters.http.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A CIDR range such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a range of one. */
public record AddressRange(byte[] network, int prefixLength) {

    // Literal addresses only: a host name here would be resolved through DNS, and could change; and
    // IPv4 in its four dotted parts, not the legacy short forms ("10.1" meaning 10.0.0.1).
    private static final Pattern IPV4 = Pattern.compile("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$");

    public AddressRange {
        Objects.requireNonNull(network, "network");
        network = network.clone();
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " does not fit the address");
        }
    }

    /** Parses {@code address[/prefix]}; anything else is an {@link IllegalArgumentException}. */
    public static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("not an address range: " + text);
        }
        byte[] address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException("not an address range: " + text));
        int prefix = address.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an address range: " + text);
            }
        }
        return new AddressRange(address, prefix);
    }

    /** Whether the address (as text, as a socket or header gives it) lies in this range. */
    public boolean contains(String address) {
        return literal(address).filter(bytes -> bytes.length == network.length).map(this::matches).orElse(false);
    }

    private boolean matches(byte[] address) {
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }

    private static Optional<byte[]> literal(String text) {
        String candidate = text == null ? "" : text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && prefixLength == range.prefixLength
                && Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            return "?/" + prefixLength;
        }
    }
}
