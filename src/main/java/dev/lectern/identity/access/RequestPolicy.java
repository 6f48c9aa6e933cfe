package dev.lectern.identity.access;

import dev.lectern.identity.Caller;
import dev.lectern.identity.WorkspaceAccess;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceResources;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;

/** Applies {@link AccessRules} to a request: scope of the credential, then role where the rule says. */
final class RequestPolicy implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationDecision DENY = new AuthorizationDecision(false);
    private static final AuthorizationDecision GRANT = new AuthorizationDecision(true);

    private final List<AccessRule> rules;
    private final WorkspaceAccess access;
    private final Map<String, WorkspaceResources> owners;

    RequestPolicy(List<AccessRule> rules, WorkspaceAccess access, List<WorkspaceResources> owners) {
        this.rules = rules;
        this.access = access;
        this.owners = owners.stream().collect(Collectors.toMap(WorkspaceResources::collection, Function.identity()));
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Caller caller = Caller.of(authentication.get());
        if (caller == null) {
            return DENY;
        }
        HttpServletRequest request = context.getRequest();
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (AccessRule rule : rules) {
            PathPattern.PathMatchInfo match = rule.match(method, path);
            if (match != null) {
                return decide(rule, match.getUriVariables(), caller);
            }
        }
        return DENY;
    }

    private AuthorizationDecision decide(AccessRule rule, Map<String, String> variables, Caller caller) {
        if (!caller.has(rule.scope())) {
            return DENY;
        }
        boolean granted = switch (rule.target()) {
            case SIGNED_IN -> true;
            case GLOBAL -> caller.role().includes(rule.role());
            case WORKSPACE ->
                uuid(variables.get("workspaceId"))
                        .map(id -> access.permits(caller, new WorkspaceId(id), rule.role()))
                        .orElse(caller.isAdmin());
            case RESOURCE -> resource(variables, caller, rule);
        };
        return granted ? GRANT : DENY;
    }

    /** An unknown collection is refused; an id that names nothing goes on to the controller's 404. */
    private boolean resource(Map<String, String> variables, Caller caller, AccessRule rule) {
        WorkspaceResources owner = owners.get(variables.get("collection"));
        if (owner == null) {
            return false;
        }
        if (caller.isAdmin()) {
            return true;
        }
        return uuid(variables.get("id"))
                .map(id -> owner.workspaceOf(id)
                        .map(workspace -> access.permits(caller, workspace, rule.role()))
                        .orElse(true))
                .orElse(false);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
