package dev.lectern.documents;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Documents per status, read from the database so that every replica reports the same shared truth. */
@Component
class DocumentMetrics implements MeterBinder {

    private final Documents documents;

    DocumentMetrics(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DocumentStatus status : DocumentStatus.values()) {
            Gauge.builder("lectern.documents", () -> documents.countByStatus(status))
                    .description("Documents by processing status, across all workspaces")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
