package org.clientportal.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.contact.AddContactCommand;
import org.clientportal.application.contact.ContactChanges;
import org.clientportal.application.fakes.FakeFeatures;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.session.Authenticated;
import org.clientportal.application.session.LogInCommand;
import org.clientportal.application.session.SignedIn;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class PortalAccessTest {

    private final TestAgency agency = new TestAgency();
    private final PortalFeature portal = agency.features.portal;
    private final Client acme = agency.client("Acme");
    private final Contact ada = agency.features.contacts.addContact().execute(agency.owner,
            new AddContactCommand(acme.id().toString(), "Ada", "ada@acme.test", List.of("request")));

    private IssuedPortalLink issue() {
        return portal.issuePortalLink().execute(agency.owner, ada.id().toString());
    }

    private PortalSignedIn open(String token) {
        return portal.openPortalSession().execute(new OpenPortalCommand(token, "198.51.100.7", "req-portal"));
    }

    private Actor contactActor(PortalSignedIn signedIn) {
        return portal.authenticatePortalSession().execute(signedIn.session().id(), "req").actor();
    }

    private static String codeOf(Runnable call) {
        try {
            call.run();
        } catch (DomainError e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anIssuedLink_isA256BitTenantToken_expiringAfter72Hours_storedOnlyAsADigest() {
        IssuedPortalLink issued = issue();

        assertThat(issued.token()).startsWith("cpl_").hasSize(80);
        assertThat(issued.url()).isEqualTo("https://portal.example.test/portal/sign-in#token=" + issued.token());
        assertThat(issued.link().secretDigest()).doesNotContain(issued.token());
        assertThat(issued.link().expiresAt()).isEqualTo(agency.fakes.clock.now().plus(Duration.ofHours(72)));
        assertThat(issued.link().issuedBy()).isEqualTo(agency.owner.principal().name());
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> assertThat(e.action()).isEqualTo("contact.portal-link-issued"));
    }

    @Test
    void aLink_opensOneSession_asTheContactWithTheirRights() {
        PortalSignedIn signedIn = open(issue().token());
        Actor actor = contactActor(signedIn);

        assertThat(actor.tenantId()).isEqualTo(agency.registration.tenant().id());
        assertThat(actor.principal()).isEqualTo(new Principal.Contact(ada.id(), acme.id(), ada.rights()));
        assertThat(actor.principal().name()).isEqualTo("contact:" + ada.id());
        assertThat(actor.principal().actingRole()).isEmpty();
        PortalMe me = portal.showPortalMe().execute(actor);
        assertThat(me.contact()).isEqualTo(ada);
        assertThat(me.client().id()).isEqualTo(acme.id());
        assertThat(me.tenant().id()).isEqualTo(agency.registration.tenant().id());
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("contact.portal-opened");
            assertThat(e.actor()).isEqualTo("contact:" + ada.id());
        });
    }

    @Test
    void aUsedLink_isRefusedAsUsed() {
        IssuedPortalLink issued = issue();
        open(issued.token());

        assertThat(codeOf(() -> open(issued.token()))).isEqualTo("portal-link.used");
    }

    @Test
    void anExpiredLink_isRefusedAsExpired_aMomentBeforeItStillWorks() {
        IssuedPortalLink expiring = issue();
        IssuedPortalLink stillGood = issue();
        agency.fakes.clock.advance(Duration.ofHours(72).minusSeconds(1));
        open(stillGood.token());
        agency.fakes.clock.advance(Duration.ofSeconds(1));

        assertThat(codeOf(() -> open(expiring.token()))).isEqualTo("portal-link.expired");
    }

    @Test
    void revokingAccess_revokesOpenLinks_andEndsSessionsAtOnce() {
        IssuedPortalLink unused = issue();
        PortalSignedIn signedIn = open(issue().token());

        portal.revokePortalAccess().execute(agency.owner, ada.id().toString());

        assertThat(codeOf(() -> open(unused.token()))).isEqualTo("portal-link.revoked");
        assertThatThrownBy(() -> contactActor(signedIn)).isInstanceOf(AuthenticationFailed.class);
        assertThat(open(issue().token()).session().id()).isNotEqualTo(signedIn.session().id());
    }

    @Test
    void removingTheContact_endsTheirSessions_andTheirLinks() {
        IssuedPortalLink unused = issue();
        PortalSignedIn signedIn = open(issue().token());

        agency.features.contacts.removeContact().execute(agency.owner, ada.id().toString());

        assertThatThrownBy(() -> contactActor(signedIn)).isInstanceOf(AuthenticationFailed.class);
        assertThat(codeOf(() -> open(unused.token()))).isEqualTo("portal-link.revoked");
    }

    @Test
    void aRemovedContactsSession_isRefusedEvenIfTheStoreStillHadIt() {
        PortalSignedIn signedIn = open(issue().token());
        agency.fakes.transactions.inTenant(ada.tenantId(), () -> {
            agency.fakes.contacts.markRemoved(ada.tenantId(), ada.id(), agency.fakes.clock.now());
            return null;
        });

        assertThatThrownBy(() -> contactActor(signedIn)).isInstanceOf(AuthenticationFailed.class);
        assertThat(agency.fakes.sessions.count()).isZero();
    }

    @Test
    void unknownAndTamperedTokens_readTheSame_andAreCountedAgainstTheAddress() {
        String real = issue().token();
        String tampered = real.substring(0, real.length() - 1) + (real.endsWith("A") ? "B" : "A");
        String otherTenant = "cpl_" + "0".repeat(32) + real.substring(37);

        for (String token : List.of("nonsense", tampered, otherTenant, "cmp" + real.substring(3))) {
            assertThat(codeOf(() -> open(token))).as(token).isEqualTo("portal-link.unknown");
        }
        assertThat(agency.fakes.rateLimiter.buckets()).anyMatch(bucket -> bucket.startsWith("portal-link-failures:"));
        assertThatThrownBy(() -> open(" ")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void refusals_fromOneAddress_areLimited_evenForAGoodLinkAfterwards() {
        String good = issue().token();
        for (int i = 0; i < OpenPortalSession.FAILURES_PER_ADDRESS.hits(); i++) {
            assertThat(codeOf(() -> open("cpl_" + "0".repeat(32) + "_" + "x".repeat(43)))).isEqualTo("portal-link.unknown");
        }

        assertThatThrownBy(() -> open(good)).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void newRights_applyOnTheNextRequest() {
        PortalSignedIn signedIn = open(issue().token());
        agency.features.contacts.changeContact().execute(agency.owner, ada.id().toString(), new ContactChanges(
                Change.keep(), Change.keep(), Change.to(List.of("upload")), Optional.empty()));

        Principal.Contact contact = (Principal.Contact) contactActor(signedIn).principal();

        assertThat(contact.rights().ordered()).containsExactly(PortalRight.VIEW, PortalRight.UPLOAD);
        contact.require(PortalRight.UPLOAD);
        assertThatThrownBy(() -> contact.require(PortalRight.REQUEST))
                .isInstanceOf(AccessDenied.class)
                .satisfies(e -> assertThat(((DomainError) e).code()).isEqualTo("portal-right-missing"));
    }

    @Test
    void offboardingTheClient_endsItsContactsSessions_andNoNewLinkIsIssued() {
        IssuedPortalLink unused = issue();
        PortalSignedIn signedIn = open(issue().token());

        agency.features.clients.transitionClient().execute(agency.owner, acme.id().toString(),
                new TransitionCommand("offboarded", null, Optional.empty()));

        assertThatThrownBy(() -> contactActor(signedIn)).isInstanceOf(AuthenticationFailed.class);
        assertThat(codeOf(() -> open(unused.token()))).isEqualTo("portal-link.revoked");
        assertThat(codeOf(this::issue)).isEqualTo("contact.client-offboarded");
    }

    @Test
    void aPortalSession_isNoOperatorSession_andAnOperatorSessionIsNoPortalSession() {
        PortalSignedIn contactSession = open(issue().token());
        SignedIn operatorSession = agency.features.sessions.logIn().execute(new LogInCommand(
                agency.registration.tenant().slug().value(), agency.registration.owner().email().value(),
                "correct horse battery", "203.0.113.9"));

        assertThatThrownBy(() -> agency.features.sessions.authenticateSession().execute(contactSession.session().id(), "r"))
                .isInstanceOf(AuthenticationFailed.class).hasMessageContaining("portal session");
        assertThatThrownBy(() -> portal.authenticatePortalSession().execute(operatorSession.session().id(), "r"))
                .isInstanceOf(AuthenticationFailed.class).hasMessageContaining("operator session");
    }

    @Test
    void aPortalSession_endsAtItsMaximumLifetime() {
        PortalSignedIn signedIn = open(issue().token());
        agency.fakes.clock.advance(FakeFeatures.SESSIONS.absolute());

        assertThatThrownBy(() -> contactActor(signedIn))
                .isInstanceOf(AuthenticationFailed.class).hasMessageContaining("maximum lifetime");
    }

    @Test
    void closingTheSession_endsIt() {
        PortalSignedIn signedIn = open(issue().token());

        portal.closePortalSession().execute(signedIn.session().id());

        assertThatThrownBy(() -> contactActor(signedIn)).isInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void aViewer_cannotIssueLinksOrRevokeAccess_andAnotherAgencyFindsNoContact() {
        Actor viewer = agency.operatorWithRole("viewer");
        TestAgency other = new TestAgency(agency.fakes);

        assertThatThrownBy(() -> portal.issuePortalLink().execute(viewer, ada.id().toString()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> portal.revokePortalAccess().execute(viewer, ada.id().toString()))
                .isInstanceOf(AccessDenied.class);
        assertThat(codeOf(() -> other.features.portal.issuePortalLink().execute(other.owner, ada.id().toString())))
                .isEqualTo("not-found");
    }

    @Test
    void aContact_actsWithNoOperatorPermissionAtAll() {
        Actor actor = contactActor(open(issue().token()));

        assertThatThrownBy(() -> agency.features.clients.getClient().execute(actor, acme.id().toString()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> portal.issuePortalLink().execute(actor, ada.id().toString()))
                .isInstanceOf(AccessDenied.class);
    }
}
