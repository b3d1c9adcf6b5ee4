package org.clientportal.domain.client;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.EmailAddress;

/** The descriptive part of a client that operators edit freely. */
public record ClientProfile(String name, Optional<EmailAddress> email, Optional<String> company,
                            Optional<String> phone) {

    public static final int NAME_MAX = 200;
    public static final int COMPANY_MAX = 200;
    public static final int PHONE_MAX = 40;

    public ClientProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(phone, "phone");
    }
}
