package org.clientportal.domain.contact;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A contact's rights in the portal: always {@code view}, plus any of the others. */
public record PortalRights(Set<PortalRight> granted) {

    public PortalRights {
        Objects.requireNonNull(granted, "granted");
        EnumSet<PortalRight> withView = EnumSet.of(PortalRight.VIEW);
        withView.addAll(granted);
        granted = Set.copyOf(withView);
    }

    public static PortalRights of(Collection<PortalRight> rights) {
        return new PortalRights(EnumSet.copyOf(rights.isEmpty() ? Set.of(PortalRight.VIEW) : rights));
    }

    public static PortalRights viewOnly() {
        return new PortalRights(Set.of());
    }

    public boolean allows(PortalRight right) {
        return granted.contains(right);
    }

    /** In declaration order, for stable answers and storage. */
    public Set<PortalRight> ordered() {
        return EnumSet.copyOf(granted);
    }
}
