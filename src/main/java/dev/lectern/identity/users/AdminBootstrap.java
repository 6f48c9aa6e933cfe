package dev.lectern.identity.users;

import dev.lectern.identity.SecuritySettings;
import dev.lectern.workspaces.Role;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is no account yet. Without a configured password it generates
 * one and prints it once: it is stored only as a hash, so the log line is the only copy.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecuritySettings.Admin admin;

    AdminBootstrap(UserAccounts accounts, PasswordEncoder encoder, SecuritySettings settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.admin = settings.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        boolean generated = admin.password().isBlank();
        String password = generated ? generatePassword() : admin.password();
        try {
            accounts.add(new UserAccount(admin.username(), encoder.encode(password), Role.ADMIN, true, Instant.now()));
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            return;
        }
        if (generated) {
            log.warn(
                    "\n\n    Created the administrator '{}' with the generated password: {}\n"
                            + "    It is shown only this once. Sign in and keep it safe, or set"
                            + " LECTERN_ADMIN_PASSWORD before the first start.\n",
                    admin.username(),
                    password);
        } else {
            log.info("Created the administrator '{}' with the configured password", admin.username());
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
