package dev.lectern.identity.sso;

import dev.lectern.identity.Caller;
import dev.lectern.identity.Scope;
import dev.lectern.identity.SecuritySettings;
import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.users.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Ends a sign-in at the provider: replaces the provider's authentication with the local account's, so that
 * the session looks exactly like one from a password sign-in (same principal, role and scopes), then sends the
 * browser back to the web UI. A refused or failed sign-in leaves no session and lands on the sign-in page.
 */
final class ProviderSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String REFUSED = "/?sign-in=refused";

    private final SecuritySettings.Oidc settings;
    private final GroupRoles roles;
    private final ExternalAccounts accounts;
    private final SecurityContextRepository contexts;
    private final AuditLog audit;

    ProviderSignIn(
            SecuritySettings.Oidc settings,
            ExternalAccounts accounts,
            SecurityContextRepository contexts,
            AuditLog audit) {
        this.settings = settings;
        this.roles = new GroupRoles(settings.roleMapping(), settings.defaultRole());
        this.accounts = accounts;
        this.contexts = contexts;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication at)
            throws IOException {
        OidcUser user = (OidcUser) at.getPrincipal();
        String issuer = String.valueOf(user.getIssuer());
        String name = user.getClaimAsString(settings.usernameClaim());
        String username = name == null || name.isBlank() ? user.getSubject() : name;
        UserAccount account;
        try {
            account = accounts.signIn(
                    issuer,
                    user.getSubject(),
                    username,
                    roles.roleOf(groups(user.getClaims().get(settings.groupsClaim())))
                            .orElseThrow(() -> new SignInRefused("in none of the groups that have a role")));
        } catch (SignInRefused refused) {
            audit.record(
                    AuditEventType.SIGN_IN_FAILED,
                    username.length() <= 100 ? username : null,
                    "single sign-on at " + issuer + " refused: " + refused.getMessage());
            endSession(request, response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.username(),
                null,
                AuthorityUtils.createAuthorityList(Caller.authorities(account.role(), EnumSet.allOf(Scope.class)))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record(
                AuditEventType.SIGN_IN,
                account.username(),
                "single sign-on at " + issuer + " from " + request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        audit.record(
                AuditEventType.SIGN_IN_FAILED,
                null,
                "single sign-on at " + settings.issuerUri() + " failed: " + failure.getMessage());
        endSession(request, response);
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + REFUSED);
    }

    /** Providers send groups as a list, or a lone group as a string. */
    static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
