package dev.lectern.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event a webhook may subscribe to, with the names they carry on the wire. */
public enum WebhookEvent {
    DOCUMENT_READY("document.ready"),
    DOCUMENT_FAILED("document.failed"),
    REPORT_GENERATED("report.generated");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
