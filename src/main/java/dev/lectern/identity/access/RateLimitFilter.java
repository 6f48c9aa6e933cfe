package dev.lectern.identity.access;

import dev.lectern.identity.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits API requests per API key, per signed-in user, and per address for requests without credentials
 * (which covers guessing passwords); over the limit a request gets 429 with Retry-After.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String KEY_DETAILS_PREFIX = Caller.KEY_DETAILS_PREFIX;

    private final Admission limiter;

    RateLimitFilter(Admission limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long retryAfter = limiter.acquire(callerOf(request));
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
            ProblemResponses.write(
                    response,
                    429,
                    "rate-limited",
                    "Too many requests",
                    "This caller sent more requests than allowed per minute; retry after " + retryAfter + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String callerOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = Caller.of(authentication);
        if (caller == null) {
            return "address:" + request.getRemoteAddr();
        }
        if (authentication.getDetails() instanceof String details && details.startsWith(KEY_DETAILS_PREFIX)) {
            return details;
        }
        return "user:" + caller.username();
    }
}
