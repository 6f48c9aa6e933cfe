package dev.lectern.identity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
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
 * @param oidc single sign-on through an OpenID Connect provider
 * @param rateLimitSync with several replicas on PostgreSQL: how often each adds its request counts to the shared
 *     ones, which makes the limit hold over all replicas (within what they admit in one interval); 0 counts per
 *     replica
 */
@ConfigurationProperties("lectern.security")
@Validated
public record SecuritySettings(
        @DefaultValue Admin admin,
        @DefaultValue("90d") Duration apiKeyLifetime,
        @DefaultValue("1200") @Min(1) int requestsPerMinute,
        @DefaultValue Oidc oidc,
        @DefaultValue("0s") Duration rateLimitSync) {

    /**
     * @param username name of the first administrator
     * @param password its password; blank: one is generated and printed once in the log
     */
    public record Admin(
            @DefaultValue("admin") @NotBlank String username,
            @DefaultValue("") String password) {}

    /**
     * @param enabled whether {@code /oauth2/authorization/lectern} signs users in at the provider
     * @param issuerUri the provider's issuer; its discovery document is read on the first sign-in
     * @param clientId Lectern's client at the provider
     * @param clientSecret its secret
     * @param scopes asked for at sign-in; {@code openid} is needed
     * @param usernameClaim the claim that names the local account created for a new user; {@code sub} when absent
     * @param groupsClaim the claim listing the user's groups
     * @param roleMapping {@code group=ROLE} entries; a user gets the highest role of their groups. Split at
     *     the last {@code =}, so that group names such as LDAP DNs keep theirs
     * @param defaultRole ADMIN, EDITOR or VIEWER for a user in no mapped group; blank refuses such users (a
     *     string, as a blank enum would fall back to the default)
     */
    public record Oidc(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String issuerUri,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("groups") String groupsClaim,
            @DefaultValue List<String> roleMapping,
            @DefaultValue("VIEWER") String defaultRole) {

        public Oidc {
            if (enabled && (issuerUri.isBlank() || clientId.isBlank())) {
                throw new IllegalArgumentException(
                        "lectern.security.oidc.enabled needs lectern.security.oidc.issuer-uri and .client-id");
            }
        }

        public static Oidc disabled() {
            return new Oidc(false, "", "", "", List.of("openid"), "preferred_username", "groups", List.of(), "VIEWER");
        }
    }
}
