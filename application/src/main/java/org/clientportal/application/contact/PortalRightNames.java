package org.clientportal.application.contact;

import java.util.EnumSet;
import java.util.List;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/** Portal rights by their wire names: {@code view}, {@code request}, {@code upload}, {@code approve}. */
public final class PortalRightNames {

    private PortalRightNames() {
    }

    /** Reads a list of rights, naming each bad entry by its position; {@code view} is always added. */
    public static PortalRights parse(Validation v, String field, List<String> raws) {
        EnumSet<PortalRight> rights = EnumSet.of(PortalRight.VIEW);
        for (int i = 0; i < raws.size(); i++) {
            PortalRight right = v.required(field + "[" + i + "]", raws.get(i),
                    raw -> StatusNames.parse(PortalRight.class, raw));
            if (right != null) {
                rights.add(right);
            }
        }
        return PortalRights.of(rights);
    }

    public static List<String> wire(PortalRights rights) {
        return rights.ordered().stream().map(Lifecycle::wireName).toList();
    }
}
