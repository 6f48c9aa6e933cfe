package dev.lectern.identity.sso;

import dev.lectern.identity.SecuritySettings;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.users.UserAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** Single sign-on, when switched on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("lectern.security.oidc.enabled")
class SingleSignOnConfiguration {

    @Bean
    SingleSignOn singleSignOn(
            SecuritySettings settings,
            UserAccounts users,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            SecurityContextRepository contexts,
            AuditLog audit) {
        var accounts = new ExternalAccounts(users, jdbc, transaction, audit);
        return new SingleSignOn(
                new IssuerRegistration(settings.oidc()),
                new ProviderSignIn(settings.oidc(), accounts, contexts, audit));
    }
}
