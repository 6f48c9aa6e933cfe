package dev.lectern.identity.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.identity.SecuritySettings;
import dev.lectern.workspaces.Role;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final UserAccounts accounts = new UserAccounts(freshDatabase());

    @Test
    void withoutPasswordGeneratesOnePrintedOnceAndStoredOnlyAsHash(CapturedOutput output) {
        bootstrap("root", "");

        Matcher printed = GENERATED.matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        UserAccount admin = accounts.find("root").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();

        bootstrap("root", "");

        assertThat(GENERATED.matcher(output.getAll()).results().count()).isEqualTo(1);
        assertThat(accounts.all()).hasSize(1);
    }

    @Test
    void configuredPasswordIsUsedAndNeverLogged(CapturedOutput output) {
        bootstrap("admin", "configured-secret-42");

        assertThat(encoder.matches(
                        "configured-secret-42",
                        accounts.find("admin").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(output.getAll()).doesNotContain("configured-secret-42").contains("Created the administrator");
    }

    @Test
    void anExistingAccountIsNeverOverwritten() {
        bootstrap("admin", "first-password-1");
        bootstrap("admin", "second-password-2");

        assertThat(encoder.matches(
                        "first-password-1", accounts.find("admin").orElseThrow().passwordHash()))
                .isTrue();
    }

    private void bootstrap(String username, String password) {
        var settings = new SecuritySettings(
                new SecuritySettings.Admin(username, password),
                Duration.ofDays(90),
                60,
                SecuritySettings.Oidc.disabled(),
                Duration.ZERO);
        new AdminBootstrap(accounts, encoder, settings).run(new DefaultApplicationArguments());
    }

    private static JdbcTemplate freshDatabase() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:bootstrap-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V1_24__identity_users.sql"))
                .execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}
