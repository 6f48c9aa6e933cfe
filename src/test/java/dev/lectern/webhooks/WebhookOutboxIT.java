package dev.lectern.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The webhook outbox on PostgreSQL: concurrent workers never claim the same delivery, and the log follows. */
class WebhookOutboxIT {

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static WebhookDeliveries deliveries;
    private static Webhooks webhooks;

    @BeforeAll
    static void migrate() {
        dataSource = PostgresTestDatabase.migrated(PostgresTestDatabase.scratch("webhook_outbox"), 8);
        jdbc = new JdbcTemplate(dataSource);
        deliveries = new WebhookDeliveries(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        webhooks = new Webhooks(
                jdbc,
                new WebhooksSettings(
                        true,
                        3,
                        Duration.ofMillis(10),
                        2,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Duration.ofMillis(10),
                        1));
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void concurrentWorkersClaimEveryDeliveryExactlyOnce() throws Exception {
        UUID hook = register();
        for (int i = 0; i < 40; i++) {
            deliveries.enqueue(hook, UUID.randomUUID(), WebhookEvent.DOCUMENT_READY, "{\"n\":" + i + "}");
        }
        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        try (var workers = Executors.newFixedThreadPool(6)) {
            for (int w = 0; w < 6; w++) {
                workers.submit(() -> {
                    for (var next = deliveries.claim(Duration.ofMinutes(1));
                            next.isPresent();
                            next = deliveries.claim(Duration.ofMinutes(1))) {
                        claimed.add(next.get().id());
                        deliveries.delivered(next.get(), 204);
                    }
                });
            }
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
        assertThat(deliveries.of(hook, 100))
                .hasSize(40)
                .allSatisfy(d -> assertThat(d.state()).isEqualTo("DELIVERED"));
    }

    @Test
    void aRetriedDeliveryWaitsItsBackoffAndAFailedOneIsNotClaimedAgain() throws InterruptedException {
        UUID hook = register();
        deliveries.enqueue(hook, UUID.randomUUID(), WebhookEvent.REPORT_GENERATED, "{}");
        var first = deliveries.claim(Duration.ofMinutes(1)).orElseThrow();

        deliveries.retryLater(first, 503, "The receiver answered 503.", Duration.ofMillis(300));

        assertThat(deliveries.claim(Duration.ofMinutes(1))).isEmpty();
        Thread.sleep(400);
        var second = deliveries.claim(Duration.ofMinutes(1)).orElseThrow();
        assertThat(second.attempt()).isEqualTo(2);
        deliveries.failed(second, null, "Connection refused");
        assertThat(deliveries.claim(Duration.ofMinutes(1))).isEmpty();
        Delivery logged = deliveries.of(hook, 10).getFirst();
        assertThat(logged.state()).isEqualTo("FAILED");
        assertThat(logged.attempts()).isEqualTo(2);
        assertThat(logged.lastStatus()).isNull();
        assertThat(logged.lastError()).isEqualTo("Connection refused");
    }

    @Test
    void deletingAWebhookDropsItsDeliveries() {
        UUID workspace = UUID.randomUUID();
        UUID hook = webhooks.register(workspace, "http://127.0.0.1:9/hook", List.of("document.failed"), "admin")
                .webhook()
                .id();
        deliveries.enqueue(hook, UUID.randomUUID(), WebhookEvent.DOCUMENT_FAILED, "{}");

        assertThat(webhooks.delete(workspace, hook)).isTrue();

        assertThat(deliveries.of(hook, 10)).isEmpty();
        assertThat(webhooks.target(hook)).isEmpty();
    }

    private static UUID register() {
        return webhooks.register(UUID.randomUUID(), "http://127.0.0.1:9/hook", List.of("document.ready"), "admin")
                .webhook()
                .id();
    }
}
