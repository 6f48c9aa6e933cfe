package dev.lectern.usage.web;

import dev.lectern.usage.ApiCall;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Names a call by its route pattern ({@code POST /api/v1/workspaces/{workspaceId}/answers}), never by its URL,
 * which holds ids and queries, and finds the workspace the URL names, directly or through a resource.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for command-line runs
class Routes {

    /** The route of a call and what its URL says about its workspace. */
    record Route(String pattern, UUID workspaceId, ApiCall.Resource resource) {}

    static final String UNMATCHED = "(no route)";

    private static final List<PathPattern> IN_WORKSPACE = List.of(
            PathPatternParser.defaultInstance.parse("/api/v1/workspaces/{workspaceId}/**"),
            PathPatternParser.defaultInstance.parse("/api/v1/admin/workspaces/{workspaceId}/**"));
    private static final PathPattern RESOURCE = PathPatternParser.defaultInstance.parse("/api/v1/{collection}/{id}/**");

    private final RequestMappingHandlerMapping mappings;

    Routes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    Route of(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        String pattern = request.getMethod() + " " + pattern(request);
        for (PathPattern workspace : IN_WORKSPACE) {
            PathPattern.PathMatchInfo match = workspace.matchAndExtract(path);
            if (match != null) {
                return new Route(
                        pattern,
                        uuid(match.getUriVariables().get("workspaceId")).orElse(null),
                        null);
            }
        }
        PathPattern.PathMatchInfo match = RESOURCE.matchAndExtract(path);
        ApiCall.Resource resource = match == null
                ? null
                : uuid(match.getUriVariables().get("id"))
                        .map(id -> new ApiCall.Resource(match.getUriVariables().get("collection"), id))
                        .orElse(null);
        return new Route(pattern, null, resource);
    }

    /** The pattern Spring MVC matched; for a call refused before it got there, the one it would have matched. */
    private String pattern(HttpServletRequest request) {
        // "/**" is the static files' handler: under /api/ it means that no endpoint matched
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String matched) {
            return matched.equals("/**") ? UNMATCHED : matched;
        }
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            if (mappings.getHandler(request) != null
                    && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String found) {
                return found;
            }
        } catch (Exception noHandler) {
            // a method or media type the route does not serve: no route
        }
        return UNMATCHED;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
