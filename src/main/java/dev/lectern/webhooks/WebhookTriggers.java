package dev.lectern.webhooks;

import dev.lectern.documents.DocumentFailed;
import dev.lectern.documents.DocumentReady;
import dev.lectern.studio.ReportGenerated;
import dev.lectern.workspaces.WorkspaceId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the modules' events into deliveries in the outbox, one per subscribed webhook, all with the same event
 * id so that a receiver can tell a retry from a new event. The events come through the event publication
 * registry, so one published just before a crash still reaches the outbox after the restart.
 */
@Component
class WebhookTriggers {

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final WebhookDispatcher dispatcher;
    private final JsonMapper json;

    WebhookTriggers(Webhooks webhooks, WebhookDeliveries deliveries, WebhookDispatcher dispatcher, JsonMapper json) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(DocumentReady event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documentId", event.documentId().value());
        data.put("name", event.name());
        data.put("status", "READY");
        data.put("chunkCount", event.chunkCount());
        enqueue(event.workspaceId(), WebhookEvent.DOCUMENT_READY, data);
    }

    @ApplicationModuleListener
    void on(DocumentFailed event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documentId", event.documentId().value());
        data.put("name", event.name());
        data.put("status", "FAILED");
        data.put("error", event.reason());
        enqueue(event.workspaceId(), WebhookEvent.DOCUMENT_FAILED, data);
    }

    @ApplicationModuleListener
    void on(ReportGenerated event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", event.reportId());
        data.put("title", event.title());
        data.put("template", event.templateId());
        data.put("version", event.version());
        enqueue(event.workspaceId(), WebhookEvent.REPORT_GENERATED, data);
    }

    private void enqueue(WorkspaceId workspace, WebhookEvent type, Map<String, Object> data) {
        List<Webhook> subscribed = webhooks.subscribedTo(workspace.value(), type);
        if (subscribed.isEmpty()) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type.wireName());
        body.put("time", Instant.now().toString());
        body.put("workspaceId", workspace.value());
        body.put("data", data);
        String payload = json.writeValueAsString(body);
        subscribed.forEach(webhook -> deliveries.enqueue(webhook.id(), eventId, type, payload));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp();
                }
            });
        }
    }
}
