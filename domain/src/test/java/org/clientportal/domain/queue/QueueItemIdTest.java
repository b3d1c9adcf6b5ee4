package org.clientportal.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.report.ReportId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueItemIdTest {

    @Test
    void anId_isWrittenAsKindDotSubject_andReadBackAsItself() {
        QueueItemId overdue = QueueItemId.ofOverdueTask(new TaskKey("ACME-7"), LocalDate.parse("2026-12-01"));
        CapacityBudgetId budget = new CapacityBudgetId(UUID.fromString("0192d3a4-0000-7000-8000-000000000001"));
        QueueItemId crossing = QueueItemId.ofCrossing(QueueItemKind.CAPACITY_WARNING, budget,
                LocalDate.parse("2026-11-15"));

        assertThat(overdue.toString()).isEqualTo("task_overdue.ACME-7.2026-12-01");
        assertThat(QueueItemId.parse(overdue.toString())).isEqualTo(overdue);
        assertThat(overdue.requestOrTaskKey()).isEqualTo(new TaskKey("ACME-7"));
        assertThat(overdue.day()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(QueueItemId.parse(crossing.toString())).isEqualTo(crossing);
        assertThat(crossing.budget()).isEqualTo(budget);
        assertThat(QueueItemId.parse("sla_breached.ACME-12").requestOrTaskKey()).isEqualTo(new TaskKey("ACME-12"));
        ReportId report = new ReportId(UUID.fromString("0192d3a4-0000-7000-8000-000000000002"));
        QueueItemId review = QueueItemId.ofReport(report);
        assertThat(review.toString()).isEqualTo("report_awaiting_review.0192d3a4-0000-7000-8000-000000000002");
        assertThat(QueueItemId.parse(review.toString()).report()).isEqualTo(report);
        DocsRecordId invoice = new DocsRecordId(UUID.fromString("0192d3a4-0000-7000-8000-000000000003"));
        QueueItemId unpaid = QueueItemId.ofInvoice(invoice);
        assertThat(unpaid.toString()).isEqualTo("invoice_overdue.0192d3a4-0000-7000-8000-000000000003");
        assertThat(QueueItemId.parse(unpaid.toString()).invoice()).isEqualTo(invoice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sla_breached", ".ACME-1", "later.ACME-1", "sla_breached.acme-1",
            "task_overdue.ACME-1", "task_overdue.ACME-1.2026-02-30", "sla_at_risk.ACME-1.2026-01-01",
            "capacity_exceeded.ACME-1.2026-01-01", "capacity_warning.0192d3a4-0000-7000-8000-000000000001",
            "report_awaiting_review.ACME-1", "report_awaiting_review.0192d3a4-0000-7000-8000-000000000001.2026-01-01",
            "invoice_overdue.inv_1", "invoice_overdue.ACME-1.2026-01-01"})
    void anythingElse_isNoQueueItemId(String raw) {
        assertThatThrownBy(() -> QueueItemId.parse(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartAnIdDoesNotHave_isNotAskedOf_it() {
        QueueItemId request = QueueItemId.parse("ask_unclassified.ACME-3");

        assertThatThrownBy(request::day).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::budget).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::report).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::invoice).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> QueueItemId.parse("invoice_overdue.0192d3a4-0000-7000-8000-000000000001")
                .requestOrTaskKey()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> QueueItemId.parse("report_awaiting_review.0192d3a4-0000-7000-8000-000000000001")
                .requestOrTaskKey()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> QueueItemId.parse("capacity_warning.0192d3a4-0000-7000-8000-000000000001.2026-01-01")
                .requestOrTaskKey()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> QueueItemId.parse("x".repeat(121))).isInstanceOf(IllegalArgumentException.class);
    }
}
