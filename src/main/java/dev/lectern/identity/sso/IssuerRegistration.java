package dev.lectern.identity.sso;

import dev.lectern.identity.SecuritySettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Lectern's one client registration, read from the provider's discovery document on first use rather than
 * at start-up: a provider that is down must not keep Lectern (and its local sign-in) from starting.
 */
final class IssuerRegistration implements ClientRegistrationRepository {

    private final SecuritySettings.Oidc settings;
    private volatile ClientRegistration registration;

    IssuerRegistration(SecuritySettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            // a failed discovery is retried by the next sign-in
            known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(SingleSignOn.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
            registration = known;
        }
        return known;
    }
}
