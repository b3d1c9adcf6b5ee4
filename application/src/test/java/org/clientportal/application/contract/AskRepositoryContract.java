package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.ask.AskSearch;
import org.clientportal.application.ask.AskSort;
import org.clientportal.application.ask.RequestRef;
import org.clientportal.application.ask.RequestSort;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.ask.ReplyId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.junit.jupiter.api.Test;

/** Asks, their replies, and a client's requests (task requests and asks together). */
public abstract class AskRepositoryContract extends StorageContract {

    private int keys;

    /** A client with a contact and a project, shared or not. */
    private record Place(TenantId tenant, ClientId client, ContactId contact, ProjectId project) {
    }

    private Place place(TenantId tenant, boolean shared) {
        ClientId client = newClient(tenant);
        Contact contact = Contact.create(new ContactId(newId()), tenant, client, "Ada",
                new EmailAddress("ada-" + newId() + "@client.test"), PortalRights.viewOnly(), at(0));
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        Project stored = shared ? project.withVisibility(Visibility.CLIENT, at(0)) : project;
        inTenant(tenant, () -> {
            ports.contacts().add(contact);
            ports.projects().add(stored);
        });
        return new Place(tenant, client, contact.id(), project.id());
    }

    private Ask ask(Place place, String title, int minute) {
        Ask ask = Ask.file(new AskId(newId()), place.tenant(), place.client(), Optional.of(place.project()),
                new TaskKey("AK-" + ++keys), AskKind.BUG, title, Optional.of("Steps"), place.contact(), "Ada", at(minute));
        inTenant(place.tenant(), () -> ports.asks().add(ask));
        return ask;
    }

    private Task task(Place place, TaskSource source, Visibility visibility, int minute) {
        Task task = Task.create(new TaskId(newId()), place.tenant(), place.project(), place.client(),
                new TaskKey("AK-" + ++keys), new TaskDetails("Task", Optional.empty(), TaskPriority.NORMAL,
                        Optional.empty(), Optional.empty(), visibility), source, at(minute));
        inTenant(place.tenant(), () -> ports.tasks().add(task));
        return task;
    }

    private AskReply reply(Ask ask, String body, int minute) {
        AskReply reply = AskReply.publish(new ReplyId(newId()), ask, body, "operator:o", "Olive", at(minute));
        inTenant(ask.tenantId(), () -> ports.asks().addReply(reply));
        return reply;
    }

    private List<String> listed(TenantId tenant, AskSearch search) {
        return inTenant(tenant, () -> ports.asks().search(tenant, search,
                page(tenant, Sort.descending(AskSort.CREATED_AT), 50, Optional.empty()))).items().stream()
                .map(Ask::title).toList();
    }

    @Test
    void aFiledAsk_isFoundWithEveryField_byKeyAndById_inItsOwnTenantOnly_andItsKeyOnce() {
        Place place = place(newTenant(), true);
        Ask ask = ask(place, "Broken", 1);
        TenantId other = newTenant();

        assertSameState(inTenant(place.tenant(), () -> ports.asks().find(place.tenant(), ask.key())).orElseThrow(), ask);
        assertSameState(inTenant(place.tenant(), () -> ports.asks().find(place.tenant(), ask.id())).orElseThrow(), ask);
        assertThat(inTenant(other, () -> ports.asks().find(other, ask.key()))).isEmpty();
        assertThat(inTenant(other, () -> ports.asks().find(other, ask.id()))).isEmpty();
        assertThat(inTenant(place.tenant(), () -> ports.asks().find(place.tenant(), new AskId(newId())))).isEmpty();
        assertThat(inTenant(place.tenant(), () -> ports.asks().findAll(place.tenant(),
                List.of(ask.key(), new TaskKey("AK-999999"))))).extracting(Ask::id).containsExactly(ask.id());
        assertThat(inTenant(other, () -> ports.asks().findAll(other, List.of(ask.key())))).isEmpty();
        AlreadyExists taken = thrownBy(AlreadyExists.class, () -> inTenant(place.tenant(), () -> ports.asks().add(
                Ask.file(new AskId(newId()), place.tenant(), place.client(), Optional.empty(), ask.key(),
                        AskKind.QUESTION, "Again", Optional.empty(), place.contact(), "Ada", at(2)))));
        assertThat(taken.code()).isEqualTo("ask.key-taken");
    }

    @Test
    void aClassification_isWrittenAtTheExpectedVersionOnly_withItsLinkedTask() {
        Place place = place(newTenant(), true);
        Ask ask = ask(place, "Broken", 1);
        Task task = task(place, TaskSource.ASK, Visibility.CLIENT, 2);
        Ask classified = ask.classify(AskClassification.BUG, Optional.of(task.key()), "operator:o", at(3));

        inTenant(place.tenant(), () -> ports.asks().update(classified, ask.version()));

        assertSameState(inTenant(place.tenant(), () -> ports.asks().find(place.tenant(), ask.key())).orElseThrow(),
                classified);
        thrownBy(ConcurrentModification.class, () -> inTenant(place.tenant(),
                () -> ports.asks().update(classified, ask.version())));
    }

    @Test
    void theAgencysList_isNewestFirst_filteredByClassificationAndClient() {
        TenantId tenant = newTenant();
        Place acme = place(tenant, true);
        Place globex = place(tenant, true);
        ask(acme, "one", 1);
        Ask two = ask(acme, "two", 2);
        ask(globex, "three", 3);
        inTenant(tenant, () -> ports.asks().update(two.classify(AskClassification.QUESTION, Optional.empty(), "o",
                at(4)), two.version()));

        assertThat(listed(tenant, new AskSearch(Optional.empty(), Optional.empty()))).containsExactly("three", "two", "one");
        assertThat(listed(tenant, new AskSearch(Optional.of(false), Optional.empty()))).containsExactly("three", "one");
        assertThat(listed(tenant, new AskSearch(Optional.of(true), Optional.empty()))).containsExactly("two");
        assertThat(listed(tenant, new AskSearch(Optional.empty(), Optional.of(acme.client())))).containsExactly("two", "one");
        assertThat(listed(newTenant(), new AskSearch(Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void replies_comeOldestFirst_perAsk() {
        Place place = place(newTenant(), true);
        Ask first = ask(place, "first", 1);
        Ask second = ask(place, "second", 2);
        AskReply later = reply(first, "later", 5);
        AskReply earlier = reply(first, "earlier", 3);
        AskReply other = reply(second, "other", 4);
        Ask silent = ask(place, "silent", 6);

        assertThat(inTenant(place.tenant(), () -> ports.asks().replies(place.tenant(), first.id())))
                .containsExactly(earlier, later);
        assertThat(inTenant(place.tenant(), () -> ports.asks().repliesOf(place.tenant(),
                List.of(first.id(), second.id(), silent.id())))).containsOnlyKeys(first.id(), second.id())
                .containsEntry(second.id(), List.of(other));
        assertThat(inTenant(place.tenant(), () -> ports.asks().repliesOf(place.tenant(), List.of()))).isEmpty();
    }

    @Test
    void aClientsRequests_areItsAsksAndItsClientVisibleTaskRequestsOnSharedProjects_newestFirst_pageByPage() {
        TenantId tenant = newTenant();
        Place acme = place(tenant, true);
        Project internal = Project.create(new ProjectId(newId()), tenant, acme.client(),
                new ProjectDetails("Internal", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        inTenant(tenant, () -> ports.projects().add(internal));
        task(new Place(tenant, acme.client(), acme.contact(), internal.id()), TaskSource.PORTAL, Visibility.CLIENT, 0);
        Ask bug = ask(acme, "bug", 1);
        Task request = task(acme, TaskSource.PORTAL, Visibility.CLIENT, 2);
        task(acme, TaskSource.OPERATOR, Visibility.CLIENT, 3);
        task(acme, TaskSource.PORTAL, Visibility.INTERNAL, 4);
        Ask question = ask(acme, "question", 5);
        ask(place(tenant, true), "another client's", 6);

        List<List<RequestRef>> pages = allPages(cursor -> inTenant(tenant, () -> ports.asks().requestsOf(tenant,
                acme.client(), page(tenant, Sort.descending(RequestSort.CREATED_AT), 2, cursor))));

        assertThat(pages).hasSize(2);
        assertThat(pages.stream().flatMap(List::stream).map(RequestRef::key)).containsExactly(question.key(),
                request.key(), bug.key());
        assertThat(pages.get(0).get(1).type()).isEqualTo(RequestRef.Type.TASK);
        assertThat(pages.get(0).get(0).type()).isEqualTo(RequestRef.Type.ASK);
    }
}
