package dev.lectern.ingestion;

import dev.lectern.ingestion.jobs.IngestionJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Depth of the shared ingestion queue; an autoscaler or an alert reads it to see work piling up. */
@Component
class IngestionMetrics implements MeterBinder {

    private static final List<String> STATES = List.of("QUEUED", "RUNNING");

    private final IngestionJobs jobs;

    IngestionMetrics(IngestionJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String state : STATES) {
            Gauge.builder("lectern.ingestion.queue", () -> jobs.count(state))
                    .description("Ingestion jobs waiting or running, across all replicas")
                    .tag("state", state.toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
