package dev.lectern.identity;

import dev.lectern.workspaces.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user behind a request as access rules see it: a name, a global role and the scopes of the
 * credential used (all of them for a browser session).
 */
public record Caller(String username, Role role, Set<Scope> scopes) {

    static final String ROLE_PREFIX = "ROLE_";

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
