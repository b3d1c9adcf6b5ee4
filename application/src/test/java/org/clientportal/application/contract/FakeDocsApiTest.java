package org.clientportal.application.contract;

import org.clientportal.application.fakes.FakeDocsApi;
import org.clientportal.application.port.DocsApi;
import org.clientportal.domain.docs.DocsFacts;

/** The fake the use-case tests pull from answers as the real client does, so they cannot drift apart. */
class FakeDocsApiTest extends DocsApiContract {

    private final FakeDocsApi docs = new FakeDocsApi();

    @Override
    protected DocsApi api() {
        return docs;
    }

    @Override
    protected void serviceHolds(DocsFacts facts) {
        docs.holds(facts);
    }

    @Override
    protected void serviceGoesDown() {
        docs.down(true);
    }
}
