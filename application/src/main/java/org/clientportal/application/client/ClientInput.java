package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Validation;

/**
 * The fields of a client an operator sets, as a caller sends them, before they are checked. The
 * task key prefix is optional: left out, the client gets one derived from its name.
 */
public record ClientInput(String name, String email, String company, String phone, String taskKeyPrefix) {

    /** The checked fields: the profile, and the prefix if one was given. */
    record Checked(ClientProfile profile, Optional<TaskKeyPrefix> taskKeyPrefix) {
    }

    /** Checks every field, or throws one error naming all bad fields. */
    Checked check() {
        Validation v = new Validation();
        String checkedName = v.requiredText("name", name, ClientProfile.NAME_MAX);
        Optional<EmailAddress> checkedEmail = v.optional("email", email, EmailAddress::new);
        Optional<String> checkedCompany = v.optionalText("company", company, ClientProfile.COMPANY_MAX);
        Optional<String> checkedPhone = v.optionalText("phone", phone, ClientProfile.PHONE_MAX);
        Optional<TaskKeyPrefix> checkedPrefix = v.optional("taskKeyPrefix", taskKeyPrefix, TaskKeyPrefix::new);
        v.done();
        return new Checked(new ClientProfile(checkedName, checkedEmail, checkedCompany, checkedPhone), checkedPrefix);
    }
}
