package dev.lectern.usage;

import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceResources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes API calls without making a request wait for the database: they go to a bounded buffer that a
 * background thread writes in batches every few seconds, and once more when the application stops. When the
 * buffer is full or the database fails, calls are dropped and counted ({@code lectern.usage.dropped}) and the
 * failure is logged once until writing works again. Deletes calls older than the retention once a day.
 */
@Component
public class UsageRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UsageRecorder.class);
    private static final int BATCH = 1000;
    private static final long PURGE_EVERY_MS = 24 * 3600 * 1000L;

    private final UsageLog usage;
    private final UsageSettings settings;
    private final Map<String, WorkspaceResources> owners;
    private final BlockingQueue<ApiCall> buffer;
    private final Counter dropped;
    private volatile Thread writer;
    private volatile CountDownLatch stopping;
    private boolean failing; // guarded by this
    private long purgedAt;

    UsageRecorder(UsageLog usage, UsageSettings settings, List<WorkspaceResources> owners, MeterRegistry meters) {
        this.usage = usage;
        this.settings = settings;
        this.owners = owners.stream().collect(Collectors.toMap(WorkspaceResources::collection, Function.identity()));
        this.buffer = new ArrayBlockingQueue<>(settings.bufferCapacity());
        this.dropped = Counter.builder("lectern.usage.dropped")
                .description("API calls not recorded because the buffer was full or the database failed")
                .register(meters);
    }

    /** Never blocks: a call that does not fit is dropped and counted. */
    public void record(ApiCall call) {
        if (settings.enabled() && !buffer.offer(call)) {
            dropped.increment();
        }
    }

    /** Writes what is buffered now; the writer thread calls this, and so does a report before it reads. */
    public synchronized void flush() {
        List<ApiCall> batch = new ArrayList<>(BATCH);
        while (buffer.drainTo(batch, BATCH) > 0) {
            try {
                usage.append(withWorkspaces(batch));
                if (failing) {
                    log.info("Recording API usage works again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                dropped.increment(batch.size());
                if (!failing) {
                    log.warn("Cannot record API usage; dropping calls until the database answers again", e);
                    failing = true;
                }
            }
            batch.clear();
        }
    }

    /** Looks up the workspaces of resources (documents/<id>) here, off the request thread, once per batch. */
    private List<ApiCall> withWorkspaces(List<ApiCall> batch) {
        Map<ApiCall.Resource, UUID> found = new HashMap<>();
        List<ApiCall> resolved = new ArrayList<>(batch.size());
        for (ApiCall call : batch) {
            if (call.resource() == null) {
                resolved.add(call);
                continue;
            }
            UUID workspace = found.computeIfAbsent(call.resource(), this::workspaceOf);
            resolved.add(call.withWorkspace(workspace));
        }
        return resolved;
    }

    private UUID workspaceOf(ApiCall.Resource resource) {
        WorkspaceResources owner = owners.get(resource.collection());
        return owner == null
                ? null
                : owner.workspaceOf(resource.id()).map(WorkspaceId::value).orElse(null);
    }

    private void purgeWhenDue() {
        long now = System.currentTimeMillis();
        if (now - purgedAt < PURGE_EVERY_MS) {
            return;
        }
        purgedAt = now;
        try {
            LocalDate oldestKept = LocalDate.now(ZoneOffset.UTC).minusDays(settings.retentionDays() - 1L);
            int deleted = usage.deleteBefore(oldestKept);
            if (deleted > 0) {
                log.info("Deleted {} API calls recorded before {}", deleted, oldestKept);
            }
        } catch (RuntimeException e) {
            log.warn("Cannot delete old API usage; trying again tomorrow", e);
        }
    }

    private void writeUntilStopped(CountDownLatch stopping) {
        try {
            do {
                purgeWhenDue();
                flush();
            } while (!stopping.await(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        CountDownLatch stopping = new CountDownLatch(1);
        this.stopping = stopping;
        writer = Thread.ofVirtual().name("usage-writer").start(() -> writeUntilStopped(stopping));
    }

    /** After the web server has stopped taking requests (a lower phase stops later), so no call is lost. */
    @Override
    public void stop() {
        Thread running = writer;
        writer = null;
        if (running != null) {
            // no interrupt: it would close the database connection of a write in progress
            stopping.countDown();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
