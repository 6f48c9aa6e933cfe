package dev.lectern.identity;

import dev.lectern.workspaces.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user behind a request as access rules see it: a name, a global role and the scopes of the
 * credential used (all of them for a browser session).
 */
public record Caller(String username, Role role, Set<Scope> scopes) {

    static final String ROLE_PREFIX = "ROLE_";

    /** How an authentication made with an API key names the key in its details. */
    public static final String KEY_DETAILS_PREFIX = "key:";

    /** The caller, or null for an anonymous request. */
    public static Caller of(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Role role = null;
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            for (Role candidate : Role.values()) {
                if ((ROLE_PREFIX + candidate.name()).equals(authority) && (role == null || candidate.includes(role))) {
                    role = candidate;
                }
            }
            for (Scope scope : Scope.values()) {
                if (scope.authority().equals(authority)) {
                    scopes.add(scope);
                }
            }
        }
        return role == null ? null : new Caller(authentication.getName(), role, scopes);
    }

    /** The API key the request authenticated with; empty for a browser session or without credentials. */
    public static Optional<UUID> keyOf(Authentication authentication) {
        if (authentication != null
                && authentication.getDetails() instanceof String details
                && details.startsWith(KEY_DETAILS_PREFIX)) {
            return Optional.of(UUID.fromString(details.substring(KEY_DETAILS_PREFIX.length())));
        }
        return Optional.empty();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
    }

    /** The authorities a principal with this role and these scopes carries. */
    public static java.util.List<String> authorities(Role role, Set<Scope> scopes) {
        var authorities = new java.util.ArrayList<String>();
        authorities.add(ROLE_PREFIX + role.name());
        scopes.forEach(scope -> authorities.add(scope.authority()));
        return authorities;
    }
}
