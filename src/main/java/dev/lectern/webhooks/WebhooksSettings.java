package dev.lectern.webhooks;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the webhooks module. The defaults retry after 1, 4, 16 and 64 minutes, then about 4 and twice 6
 * hours: a receiver may be down for most of a day before a delivery is given up.
 *
 * @param allowPrivateAddresses let webhook URLs reach loopback and private networks (off: a workspace
 *     administrator could otherwise make the server probe its own network)
 * @param maxAttempts tries of one delivery before it ends FAILED
 * @param firstRetry the wait after the first failed try
 * @param backoffMultiplier how much longer each following wait is
 * @param maxRetry the longest wait between two tries
 * @param timeout the longest a receiver may take to connect and to answer
 * @param pollInterval how often idle workers look for due deliveries
 * @param workers threads sending deliveries in this process
 */
@ConfigurationProperties("lectern.webhooks")
@Validated
public record WebhooksSettings(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("4") @Min(1) int backoffMultiplier,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2") @Min(1) int workers) {

    /** The wait after the given failed try (1 for the first), growing exponentially up to maxRetry. */
    public Duration backoff(int failedAttempt) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempt && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(backoffMultiplier);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
