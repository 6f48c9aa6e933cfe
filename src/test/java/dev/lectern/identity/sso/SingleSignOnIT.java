package dev.lectern.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.support.TestDataDirectory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signs in through a real OpenID Connect provider started by the test: the browser goes from Lectern to the
 * provider's login form and back, and ends with Lectern's own session, role from the provider's groups.
 * Lectern is reached on 127.0.0.1 and the provider on localhost, so that their cookies stay apart as they would
 * on two hosts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext provider;

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void pointedAtTheProvider(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry);
        provider = TestOidcProvider.start();
        registry.add("lectern.security.oidc.enabled", () -> "true");
        registry.add("lectern.security.oidc.issuer-uri", () -> TestOidcProvider.issuer(provider));
        registry.add("lectern.security.oidc.client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add("lectern.security.oidc.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
        registry.add("lectern.security.oidc.role-mapping", () -> "lectern-admins=ADMIN,lectern-editors=EDITOR");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void adminGroupSignsInAsAdministratorWithALocalSession() {
        RedirectingBrowser browser = signInAtProvider("alice");

        HttpResponse<String> session = browser.get(lectern("/api/v1/session"));
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"username\":\"alice\"").contains("\"roles\":[\"ADMIN\"]");
        assertThat(browser.visited).anyMatch(uri -> uri.toString().startsWith(TestOidcProvider.issuer(provider)));
        assertThat(audit.find(new AuditLog.Query(AuditEventType.SIGN_IN, "alice", null, null), 0, 10))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.detail()).contains("single sign-on at " + TestOidcProvider.issuer(provider)));
    }

    @Test
    void sessionFromTheProviderNeedsTheCsrfTokenLikeAnyOther() {
        RedirectingBrowser browser = signInAtProvider("erin");
        browser.get(lectern("/api/v1/session"));

        assertThat(browser.postJson(lectern("/api/v1/workspaces"), "{\"name\":\"Forged\"}", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.postJson(
                                lectern("/api/v1/workspaces"), "{\"name\":\"Erin's\"}", browser.cookie("XSRF-TOKEN"))
                        .statusCode())
                .as("an editor may create workspaces")
                .isEqualTo(201);
    }

    @Test
    void userInNoMappedGroupGetsTheDefaultRole() {
        RedirectingBrowser browser = signInAtProvider("bob");

        assertThat(browser.get(lectern("/api/v1/session")).body()).contains("\"roles\":[\"VIEWER\"]");
    }

    @Test
    void providerUserNamedLikeALocalAccountCannotTakeItOver() {
        RedirectingBrowser browser = signInAtProvider("admin");

        assertThat(browser.visited.getLast().toString()).endsWith(ProviderSignIn.REFUSED);
        assertThat(browser.get(lectern("/api/v1/session")).statusCode()).isEqualTo(401);
        assertThat(audit.find(new AuditLog.Query(AuditEventType.SIGN_IN_FAILED, "admin", null, null), 0, 10))
                .anySatisfy(event -> assertThat(event.detail()).contains("a local account is already called admin"));
    }

    @Test
    void providersTellTheWebUiWhereToSignIn() {
        HttpResponse<String> providers = new RedirectingBrowser().get(lectern("/api/v1/session/providers"));

        assertThat(providers.statusCode()).isEqualTo(200);
        assertThat(providers.body())
                .contains("\"enabled\":true")
                .contains("\"loginUrl\":\"" + SingleSignOn.LOGIN_URL + "\"");
    }

    /** Starts at Lectern, fills in the provider's login form and follows the browser back to Lectern. */
    private RedirectingBrowser signInAtProvider(String username) {
        var browser = new RedirectingBrowser();
        HttpResponse<String> loginForm = browser.follow(browser.get(lectern(SingleSignOn.LOGIN_URL)));
        assertThat(loginForm.uri().toString()).startsWith(TestOidcProvider.issuer(provider) + "/login");
        var csrf = CSRF_FIELD.matcher(loginForm.body());
        assertThat(csrf.find()).as("the provider's login form has a CSRF field").isTrue();

        browser.follow(browser.postForm(
                loginForm.uri(),
                Map.of("username", username, "password", TestOidcProvider.PASSWORD, "_csrf", csrf.group(1))));
        assertThat(browser.visited)
                .as("the provider sent the browser back to Lectern's callback")
                .anyMatch(uri -> uri.getPath().equals("/login/oauth2/code/lectern"));
        return browser;
    }

    private URI lectern(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
