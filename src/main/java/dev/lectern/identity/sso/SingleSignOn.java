package dev.lectern.identity.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Sign-in through an OpenID Connect provider (Keycloak, Entra ID, Okta): {@link #LOGIN_URL} sends the browser
 * to the provider, whose answer at {@code /login/oauth2/code/lectern} signs the user in. Present only while
 * {@code lectern.security.oidc.enabled} is on.
 */
public final class SingleSignOn {

    static final String REGISTRATION = "lectern";

    /** Where the web UI sends a browser to sign in at the provider. */
    public static final String LOGIN_URL = "/oauth2/authorization/" + REGISTRATION;

    private final ClientRegistrationRepository registration;
    private final ProviderSignIn signIn;

    SingleSignOn(ClientRegistrationRepository registration, ProviderSignIn signIn) {
        this.registration = registration;
        this.signIn = signIn;
    }

    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.clientRegistrationRepository(registration)
                .authorizedClientRepository(new NoAuthorizedClients())
                // the web UI shows the sign-in page; this only keeps Spring from generating one
                .loginPage("/")
                .successHandler(signIn)
                .failureHandler(signIn));
    }

    /** Lectern calls nothing on the user's behalf, so it keeps none of the provider's tokens. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
