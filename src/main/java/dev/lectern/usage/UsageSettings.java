package dev.lectern.usage;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the usage module.
 *
 * @param enabled whether API calls are recorded at all
 * @param flushInterval how often buffered calls are written in one batch
 * @param bufferCapacity calls held in memory between writes; beyond it calls are dropped and counted
 *     ({@code lectern.usage.dropped}) rather than slowing requests down
 * @param retentionDays calls older than this many days are deleted
 */
@ConfigurationProperties("lectern.usage")
@Validated
public record UsageSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3s") Duration flushInterval,
        @DefaultValue("20000") @Min(1) int bufferCapacity,
        @DefaultValue("90") @Min(1) int retentionDays) {}
