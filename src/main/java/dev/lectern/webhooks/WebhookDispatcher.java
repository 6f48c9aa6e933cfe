package dev.lectern.webhooks;

import dev.lectern.shared.LecternProblem;
import dev.lectern.webhooks.WebhookDeliveries.Claimed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Background workers that send due deliveries from the outbox. A 2xx answer delivers; anything else (another
 * status, a timeout, a refused connection) is retried with exponential backoff until the last try fails it.
 * Redirects are not followed: the URL checked at registration is the only one called.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final Webhooks webhooks;
    private final WebhooksSettings settings;
    private final HttpClient http;
    private final Semaphore wakeUps = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    WebhookDispatcher(WebhookDeliveries deliveries, Webhooks webhooks, WebhooksSettings settings) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
    }

    /** Tells idle workers that a delivery was queued in this process, so they need not wait for the next poll. */
    void wakeUp() {
        wakeUps.release(settings.workers());
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            threads.add(Thread.ofVirtual().name("webhooks-" + i).start(this::work));
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUps.release(threads.size());
        threads.clear(); // a delivery being sent finishes or its lease runs out and another worker sends it
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                Optional<Claimed> delivery = deliveries.claim(settings.timeout().multipliedBy(3));
                if (delivery.isPresent()) {
                    send(delivery.get());
                } else {
                    wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Webhook worker could not claim a delivery; trying again shortly", e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Claimed delivery) throws InterruptedException {
        var target = webhooks.target(delivery.webhookId());
        if (target.isEmpty()) {
            return; // the webhook was deleted meanwhile, and its deliveries with it
        }
        Integer status = null;
        String error;
        try {
            URI uri = webhooks.urls().check(target.get().url());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Lectern-Webhooks")
                    .header("Lectern-Delivery", delivery.id().toString())
                    .header(
                            WebhookSignature.HEADER,
                            WebhookSignature.header(
                                    target.get().secret(), Instant.now().getEpochSecond(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                deliveries.delivered(delivery, status);
                return;
            }
            error = "The receiver answered " + status + ".";
        } catch (LecternProblem refused) {
            error = refused.getBody().getDetail();
        } catch (IOException | RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (delivery.attempt() >= settings.maxAttempts()) {
            log.info(
                    "Webhook delivery {} failed for good after {} tries: {}", delivery.id(), delivery.attempt(), error);
            deliveries.failed(delivery, status, error);
        } else {
            deliveries.retryLater(delivery, status, error, settings.backoff(delivery.attempt()));
        }
    }
}
