package dev.lectern.identity.access;

import dev.lectern.identity.Caller;
import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Audits the successful requests of other modules that matter for security (deletions, exports, model and
 * webhook changes) by their path, like the access rules, so that those modules need not know about the audit log.
 */
final class AuditedRequests extends OncePerRequestFilter {

    private record Audited(HttpMethod method, PathPattern pattern, AuditEventType type) {}

    private static final List<Audited> AUDITED = List.of(
            audited(HttpMethod.DELETE, "/api/v1/documents/{id}", AuditEventType.DOCUMENT_DELETED),
            audited(HttpMethod.GET, "/api/v1/reports/{id}/export", AuditEventType.EXPORT),
            audited(HttpMethod.POST, "/api/v1/admin/models/{id}/activate", AuditEventType.MODEL_CHANGED),
            audited(HttpMethod.DELETE, "/api/v1/admin/models/{id}", AuditEventType.MODEL_CHANGED),
            audited(HttpMethod.POST, "/api/v1/admin/models/register", AuditEventType.MODEL_CHANGED),
            // webhooks send workspace events to another system, signed with a secret: who pointed them where
            audited(HttpMethod.POST, "/api/v1/workspaces/{workspaceId}/webhooks", AuditEventType.WEBHOOK_CREATED),
            audited(HttpMethod.PATCH, "/api/v1/workspaces/{workspaceId}/webhooks/{id}", AuditEventType.WEBHOOK_CHANGED),
            audited(
                    HttpMethod.DELETE,
                    "/api/v1/workspaces/{workspaceId}/webhooks/{id}",
                    AuditEventType.WEBHOOK_DELETED),
            audited(
                    HttpMethod.POST,
                    "/api/v1/workspaces/{workspaceId}/webhooks/{id}/secret",
                    AuditEventType.WEBHOOK_SECRET_ROTATED));

    private final AuditLog audit;

    AuditedRequests(AuditLog audit) {
        this.audit = audit;
    }

    private static Audited audited(HttpMethod method, String pattern, AuditEventType type) {
        return new Audited(method, PathPatternParser.defaultInstance.parse(pattern), type);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        chain.doFilter(request, response);
        if (response.getStatus() >= 300 || caller == null) {
            return;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (Audited audited : AUDITED) {
            if (audited.method().matches(request.getMethod())
                    && audited.pattern().matches(path)) {
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                // a creation names what it created only in its Location
                String created = response.getHeader("Location") == null ? "" : " -> " + response.getHeader("Location");
                audit.record(
                        audited.type(), caller.username(), request.getMethod() + " " + path.value() + query + created);
                return;
            }
        }
    }
}
