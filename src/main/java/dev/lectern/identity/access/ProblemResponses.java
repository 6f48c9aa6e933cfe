package dev.lectern.identity.access;

import dev.lectern.shared.LecternProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Writes the security filters' refusals as the same RFC 9457 problem details the controllers use: they run
 * before Spring MVC, so its exception handler never sees them.
 */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> unauthorized(response);
    }

    /**
     * A request without any credential is told to sign in (401), also when it was stopped for a missing CSRF
     * token; a signed-in caller who may not do this gets 403.
     */
    static AccessDeniedHandler denied() {
        return (request, response, exception) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
            if (anonymous) {
                unauthorized(response);
            } else if (exception instanceof CsrfException) {
                write(
                        response,
                        403,
                        "csrf-token-missing",
                        "CSRF token missing or wrong",
                        "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.");
            } else {
                write(
                        response,
                        403,
                        "access-denied",
                        "Access denied",
                        "Your role or your API key's scopes do not allow this request.");
            }
        };
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(
                response,
                401,
                "authentication-required",
                "Authentication required",
                "Sign in (POST /api/v1/session) or send an API key as 'Authorization: Bearer <key>'.");
    }

    static void invalidKey(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        write(
                response,
                401,
                "invalid-api-key",
                "Invalid API key",
                "The API key is unknown, revoked or expired, or its user is disabled.");
    }

    static void write(HttpServletResponse response, int status, String slug, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"%s%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(LecternProblem.TYPE_BASE, slug, title, status, detail.replace("\"", "\\\"")));
    }
}
