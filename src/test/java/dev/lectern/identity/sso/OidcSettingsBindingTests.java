package dev.lectern.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.identity.SecuritySettings;
import dev.lectern.workspaces.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the Helm chart sets reach the settings unchanged. */
class OidcSettingsBindingTests {

    @Test
    void bindsTheChartsEnvironmentVariablesWithGroupNamesIntact() {
        SecuritySettings.Oidc oidc = bind(Map.of(
                "LECTERN_SECURITY_OIDC_ENABLED", "true",
                "LECTERN_SECURITY_OIDC_ISSUER_URI", "https://login.example.com/realms/corp",
                "LECTERN_SECURITY_OIDC_CLIENT_ID", "lectern",
                "LECTERN_SECURITY_OIDC_CLIENT_SECRET", "s3cret",
                "LECTERN_SECURITY_OIDC_SCOPES", "openid,profile",
                "LECTERN_SECURITY_OIDC_GROUPS_CLAIM", "roles",
                "LECTERN_SECURITY_OIDC_ROLE_MAPPING_0", "cn=Lectern Admins,ou=groups=ADMIN",
                "LECTERN_SECURITY_OIDC_ROLE_MAPPING_1", "lectern-editors=EDITOR",
                "LECTERN_SECURITY_OIDC_DEFAULT_ROLE", ""));

        assertThat(oidc.enabled()).isTrue();
        assertThat(oidc.clientSecret()).isEqualTo("s3cret");
        assertThat(oidc.scopes()).containsExactly("openid", "profile");
        assertThat(oidc.groupsClaim()).isEqualTo("roles");
        var roles = new GroupRoles(oidc.roleMapping(), oidc.defaultRole());
        assertThat(roles.roleOf(java.util.List.of("cn=Lectern Admins,ou=groups")))
                .contains(Role.ADMIN);
        assertThat(roles.roleOf(java.util.List.of("lectern-editors"))).contains(Role.EDITOR);
        assertThat(roles.roleOf(java.util.List.of("sales")))
                .as("a blank default role refuses users in no mapped group")
                .isEmpty();
    }

    @Test
    void offByDefaultWithViewerAsDefaultRole() {
        SecuritySettings.Oidc oidc = bind(Map.of());

        assertThat(oidc.enabled()).isFalse();
        assertThat(oidc.scopes()).containsExactly("openid", "profile", "email");
        assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
        assertThat(oidc.defaultRole()).isEqualTo("VIEWER");
    }

    @Test
    void switchedOnWithoutIssuerIsAnErrorAtStart() {
        assertThatThrownBy(() -> bind(Map.of("LECTERN_SECURITY_OIDC_ENABLED", "true")))
                .rootCause()
                .hasMessageContaining("issuer-uri");
    }

    private static SecuritySettings.Oidc bind(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        // under the real one's name: only that is read with the rules for environment variable names
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("lectern.security", SecuritySettings.class)
                .oidc();
    }
}
