package dev.lectern.identity.access;

import static dev.lectern.identity.access.AccessRule.READS;
import static dev.lectern.identity.access.AccessRule.Target.GLOBAL;
import static dev.lectern.identity.access.AccessRule.Target.RESOURCE;
import static dev.lectern.identity.access.AccessRule.Target.SIGNED_IN;
import static dev.lectern.identity.access.AccessRule.Target.WORKSPACE;

import dev.lectern.identity.Scope;
import dev.lectern.workspaces.Role;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The one table that says who may call what under {@code /api/**} and {@code /v1/**}. The first matching
 * line decides; a request that no line matches is refused, so a new endpoint is closed until it is listed.
 * Reading is GET, a viewer's right; anything else in a workspace changes it and needs an editor, except the
 * generating endpoints a viewer may use because they only read the workspace.
 */
final class AccessRules {

    private static final Set<HttpMethod> ANY = Set.of();
    private static final Set<HttpMethod> POST = Set.of(HttpMethod.POST);

    static final List<AccessRule> TABLE = List.of(
            AccessRule.of("/api/v1/admin/**", ANY, Scope.ADMIN, GLOBAL, Role.ADMIN),
            AccessRule.of("/api/v1/api-keys/**", READS, Scope.READ, SIGNED_IN, Role.VIEWER),
            AccessRule.of("/api/v1/api-keys/**", ANY, Scope.ADMIN, SIGNED_IN, Role.VIEWER),
            AccessRule.of("/api/v1/workspaces", READS, Scope.READ, SIGNED_IN, Role.VIEWER),
            AccessRule.of("/api/v1/workspaces", POST, Scope.WRITE, GLOBAL, Role.EDITOR),
            // deleting a workspace is its administrators' decision
            AccessRule.of(
                    "/api/v1/workspaces/{workspaceId}", Set.of(HttpMethod.DELETE), Scope.WRITE, WORKSPACE, Role.ADMIN),
            AccessRule.of("/api/v1/workspaces/{workspaceId}/members/**", READS, Scope.READ, WORKSPACE, Role.ADMIN),
            AccessRule.of("/api/v1/workspaces/{workspaceId}/members/**", ANY, Scope.ADMIN, WORKSPACE, Role.ADMIN),
            // webhooks carry a signing secret and send workspace events elsewhere: the workspace's administrators'
            AccessRule.of("/api/v1/workspaces/{workspaceId}/webhooks/**", READS, Scope.READ, WORKSPACE, Role.ADMIN),
            AccessRule.of("/api/v1/workspaces/{workspaceId}/webhooks/**", ANY, Scope.ADMIN, WORKSPACE, Role.ADMIN),
            AccessRule.of(
                    "/api/v1/workspaces/{workspaceId}/{use:answers|summaries|copy}",
                    POST,
                    Scope.GENERATE,
                    WORKSPACE,
                    Role.VIEWER),
            AccessRule.of("/api/v1/workspaces/{workspaceId}/reports", POST, Scope.GENERATE, WORKSPACE, Role.EDITOR),
            AccessRule.of("/api/v1/workspaces/{workspaceId}/**", READS, Scope.READ, WORKSPACE, Role.VIEWER),
            AccessRule.of("/api/v1/workspaces/{workspaceId}/**", ANY, Scope.WRITE, WORKSPACE, Role.EDITOR),
            AccessRule.of(
                    "/api/v1/{collection:reports}/{id}/sections/*/regenerate",
                    POST,
                    Scope.GENERATE,
                    RESOURCE,
                    Role.EDITOR),
            // rating an answer belongs to asking, which viewers may do
            AccessRule.of(
                    "/api/v1/{collection:conversations}/{id}/answers/*/feedback",
                    Set.of(HttpMethod.PUT),
                    Scope.GENERATE,
                    RESOURCE,
                    Role.VIEWER),
            AccessRule.of("/api/v1/{collection}/{id}/**", READS, Scope.READ, RESOURCE, Role.VIEWER),
            AccessRule.of("/api/v1/{collection}/{id}/**", ANY, Scope.WRITE, RESOURCE, Role.EDITOR),
            AccessRule.of("/api/v1/report-templates", READS, Scope.READ, SIGNED_IN, Role.VIEWER),
            AccessRule.of("/api/v1/generate", POST, Scope.GENERATE, SIGNED_IN, Role.VIEWER),
            // the OpenAI-compatible API: a workspace named in the body is checked by its controller
            AccessRule.of("/v1/**", READS, Scope.READ, SIGNED_IN, Role.VIEWER),
            AccessRule.of("/v1/**", POST, Scope.GENERATE, SIGNED_IN, Role.VIEWER));

    private AccessRules() {}
}
