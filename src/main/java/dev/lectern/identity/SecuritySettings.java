package dev.lectern.identity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the identity module, under {@code lectern.security} as operators look for them there.
 *
 * @param admin the administrator created on the first start
 * @param apiKeyLifetime how long a key lives when its creator names no expiry
 * @param requestsPerMinute API requests one key, user or (without credentials) address may send per minute and
 *     replica, in bursts of up to a minute's worth
 */
@ConfigurationProperties("lectern.security")
@Validated
public record SecuritySettings(
        @DefaultValue Admin admin,
        @DefaultValue("90d") Duration apiKeyLifetime,
        @DefaultValue("1200") @Min(1) int requestsPerMinute) {

    /**
     * @param username name of the first administrator
     * @param password its password; blank: one is generated and printed once in the log
     */
    public record Admin(
            @DefaultValue("admin") @NotBlank String username,
            @DefaultValue("") String password) {}
}
