package dev.lectern.identity.access;

import dev.lectern.identity.Caller;
import dev.lectern.identity.users.UserAccount;
import dev.lectern.identity.users.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the account behind a browser session on every request, so that disabling a user or changing
 * their role takes effect at once instead of when the session expires.
 */
final class SessionAccountFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;

    SessionAccountFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = BearerKeyFilter.hasBearer(request) ? null : Caller.of(authentication);
        if (caller != null) {
            Optional<UserAccount> account = accounts.find(caller.username()).filter(UserAccount::enabled);
            var context = SecurityContextHolder.createEmptyContext();
            if (account.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (account.get().role() != caller.role()) {
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        caller.username(),
                        null,
                        AuthorityUtils.createAuthorityList(
                                Caller.authorities(account.get().role(), caller.scopes()))));
            } else {
                context.setAuthentication(authentication);
            }
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
