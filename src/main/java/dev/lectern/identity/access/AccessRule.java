package dev.lectern.identity.access;

import dev.lectern.identity.Scope;
import dev.lectern.workspaces.Role;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One line of the access table: requests whose method and path match need this scope and this role, held
 * globally, in the workspace named in the path, or in the workspace that owns the resource named in the path.
 */
record AccessRule(PathPattern pattern, Set<HttpMethod> methods, Scope scope, Target target, Role role) {

    static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    /** Where the role must be held. */
    enum Target {
        /** any signed-in user; the role is not checked */
        SIGNED_IN,
        GLOBAL,
        /** the path variable {@code workspaceId} */
        WORKSPACE,
        /** the workspace owning {@code /api/v1/{collection}/{id}} */
        RESOURCE
    }

    static AccessRule of(String pattern, Set<HttpMethod> methods, Scope scope, Target target, Role role) {
        return new AccessRule(PathPatternParser.defaultInstance.parse(pattern), methods, scope, target, role);
    }

    /** The path variables when the rule applies, otherwise null. */
    PathPattern.PathMatchInfo match(HttpMethod method, PathContainer path) {
        return methods.isEmpty() || methods.contains(method) ? pattern.matchAndExtract(path) : null;
    }
}
