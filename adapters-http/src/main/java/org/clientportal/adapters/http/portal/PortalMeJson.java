package org.clientportal.adapters.http.portal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.portal.PortalMe;
import org.clientportal.domain.contact.PortalRight;

/** Who is using the portal, as they themselves are shown it. */
@Schema(name = "PortalMe", description = "The contact using the portal, their client and their agency.")
public record PortalMeJson(Contact contact, Client client, Agency agency) {

    @Schema(name = "PortalContact", description = "The contact, with what they may do in the portal.")
    public record Contact(@Schema(description = "Opaque id.") String id,
                          String name,
                          @Schema(format = "email") String email,
                          @ArraySchema(schema = @Schema(implementation = PortalRight.class), uniqueItems = true)
                          List<String> rights) {
    }

    @Schema(name = "PortalClient", description = "The client the contact belongs to.")
    public record Client(@Schema(description = "Opaque id.") String id, String name) {
    }

    @Schema(name = "PortalAgency", description = "The agency that runs the portal.")
    public record Agency(String name, String slug) {
    }

    public static PortalMeJson of(PortalMe me) {
        return new PortalMeJson(
                new Contact(me.contact().id().toString(), me.contact().name(), me.contact().email().value(),
                        WireNames.of(me.contact().rights().ordered())),
                new Client(me.client().id().toString(), me.client().profile().name()),
                new Agency(me.tenant().name(), me.tenant().slug().value()));
    }
}
