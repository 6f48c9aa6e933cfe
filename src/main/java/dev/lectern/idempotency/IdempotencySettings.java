package dev.lectern.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the idempotency module.
 *
 * @param retention how long a key's first response is kept and replayed
 */
@ConfigurationProperties("lectern.idempotency")
@Validated
public record IdempotencySettings(@DefaultValue("24h") Duration retention) {}
