package dev.lectern.identity.sso;

import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.users.UserAccount;
import dev.lectern.identity.users.UserAccounts;
import dev.lectern.workspaces.Role;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local accounts of users who sign in through the provider, found by the provider's subject. The first
 * sign-in creates the account (without a password) under the provider's user name; every sign-in gives it the
 * role the user's groups map to now, because the provider owns group membership.
 */
final class ExternalAccounts {

    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    ExternalAccounts(UserAccounts accounts, JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** The enabled local account of this provider user, now holding {@code role}; refused otherwise. */
    UserAccount signIn(String issuer, String subject, String username, Role role) {
        return transaction.execute(status -> jdbc
                .queryForList(
                        "select username from user_external_subjects where issuer = ? and subject = ?",
                        String.class,
                        issuer,
                        subject)
                .stream()
                .findFirst()
                .map(linked -> update(accounts.find(linked).orElseThrow(), role))
                .orElseGet(() -> create(issuer, subject, username, role)));
    }

    private UserAccount update(UserAccount account, Role role) {
        if (!account.enabled()) {
            throw new SignInRefused("the account " + account.username() + " is disabled");
        }
        if (account.role() == role) {
            return account;
        }
        var changed = new UserAccount(account.username(), account.passwordHash(), role, true, account.createdAt());
        accounts.update(changed);
        audit.record(
                AuditEventType.ROLE_CHANGED,
                account.username(),
                account.username() + ": " + account.role() + " -> " + role + " by the groups at the provider");
        return changed;
    }

    private UserAccount create(String issuer, String subject, String username, Role role) {
        if (username == null || !UserAccount.USERNAME.matcher(username).matches()) {
            throw new SignInRefused("the provider's user name is not 1 to 100 letters, digits or . _ @ -");
        }
        if (accounts.find(username).isPresent()) {
            // taking over a local account by its name would let whoever names users at the provider sign in as it
            throw new SignInRefused("a local account is already called " + username);
        }
        var account = new UserAccount(username, null, role, true, Instant.now());
        accounts.add(account);
        jdbc.update(
                "insert into user_external_subjects (issuer, subject, username, linked_at) values (?, ?, ?, ?)",
                issuer,
                subject,
                username,
                Timestamp.from(account.createdAt()));
        audit.record(AuditEventType.USER_CREATED, username, username + " as " + role + " through single sign-on");
        return account;
    }
}
