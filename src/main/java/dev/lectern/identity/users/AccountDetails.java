package dev.lectern.identity.users;

import dev.lectern.identity.Caller;
import dev.lectern.identity.Scope;
import java.util.EnumSet;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in local accounts; a user who signs in holds every scope, limited only by the role. */
@Component
public class AccountDetails implements UserDetailsService {

    private final UserAccounts accounts;

    AccountDetails(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username)
                // a single sign-on account has no password to check: as unknown as a user who does not exist
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(Caller.authorities(account.role(), EnumSet.allOf(Scope.class))
                        .toArray(String[]::new))
                .build();
    }
}
