package org.clientportal.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class FixedSqlTest {

    @Test
    void aShape_isRenderedWithAPlaceholderForEachSlot_inOrder_typedAsItsField() {
        FixedSql byName = FixedSql.of(DSL.selectFrom(CLIENTS).where(CLIENTS.TENANT_ID.eq(FixedSql.slot(CLIENTS.TENANT_ID)),
                CLIENTS.NAME.eq(FixedSql.slot(CLIENTS.NAME))));

        assertThat(byName.toString()).startsWith("select \"portal\".\"clients\".\"tenant_id\", ")
                .endsWith(" from \"portal\".\"clients\" where (\"portal\".\"clients\".\"tenant_id\" = cast(? as uuid)"
                        + " and \"portal\".\"clients\".\"name\" = ?)");
    }

    @Test
    void anInsertOfEveryColumn_hasOneSlotPerColumn() {
        FixedSql insert = FixedSql.of(DSL.insertInto(CLIENTS).columns(CLIENTS.fields())
                .values(FixedSql.slots(CLIENTS.fields())));

        assertThat(insert.toString().chars().filter(c -> c == '?')).hasSize(CLIENTS.fields().length);
    }
}
