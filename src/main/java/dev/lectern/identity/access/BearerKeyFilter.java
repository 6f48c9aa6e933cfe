package dev.lectern.identity.access;

import dev.lectern.identity.Caller;
import dev.lectern.identity.keys.ApiKey;
import dev.lectern.identity.keys.ApiKeys;
import dev.lectern.identity.users.UserAccount;
import dev.lectern.identity.users.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>} for this request only: no session is created, and a key
 * that is wrong, revoked or expired is answered with 401 at once rather than treated as anonymous.
 */
final class BearerKeyFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final UserAccounts accounts;

    BearerKeyFilter(ApiKeys keys, UserAccounts accounts) {
        this.keys = keys;
        this.accounts = accounts;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret =
                request.getHeader("Authorization").substring(BEARER.length()).strip();
        Instant now = Instant.now();
        Optional<ApiKey> key = keys.findBySecret(secret).filter(found -> found.usableAt(now));
        Optional<UserAccount> owner =
                key.flatMap(found -> accounts.find(found.username())).filter(UserAccount::enabled);
        if (owner.isEmpty()) {
            ProblemResponses.invalidKey(response);
            return;
        }
        keys.recordUse(key.get(), now);
        var authorities = AuthorityUtils.createAuthorityList(
                Caller.authorities(owner.get().role(), key.get().scopes()));
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null, authorities);
        authentication.setDetails(RateLimitFilter.KEY_DETAILS_PREFIX + key.get().id());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
