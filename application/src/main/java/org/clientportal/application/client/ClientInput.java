package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Validation;

/** The descriptive fields of a client as a caller sends them, before they are checked. */
public record ClientInput(String name, String email, String company, String phone) {

    /** Checks every field and builds the profile, or throws one error naming all bad fields. */
    public ClientProfile toProfile() {
        Validation v = new Validation();
        String checkedName = v.requiredText("name", name, ClientProfile.NAME_MAX);
        Optional<EmailAddress> checkedEmail = v.optional("email", email, EmailAddress::new);
        Optional<String> checkedCompany = v.optionalText("company", company, ClientProfile.COMPANY_MAX);
        Optional<String> checkedPhone = v.optionalText("phone", phone, ClientProfile.PHONE_MAX);
        v.done();
        return new ClientProfile(checkedName, checkedEmail, checkedCompany, checkedPhone);
    }
}
