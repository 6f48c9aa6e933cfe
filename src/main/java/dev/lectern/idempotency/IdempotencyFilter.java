package dev.lectern.idempotency;

import dev.lectern.shared.LecternProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Honours an {@code Idempotency-Key} header on uploads and generation requests. The first request with a key
 * runs and its response (status and body) is stored; the same key with the same request, from the same caller
 * within the retention, gets that response again without running anything; the same key with another request is
 * a 422 problem. Runs after Spring Security, so the caller is known. A streamed answer (server-sent events) is
 * recorded as it goes out and stored when the stream ends; a repeat then gets the whole event stream at once, and
 * a repeat while the first still streams gets 409.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private static final Pattern GUARDED =
            Pattern.compile("POST /api/v1/workspaces/[^/]+/(documents|documents/batch|answers|summaries|copy|reports)"
                    + "|PUT /api/v1/documents/[^/]+/content"
                    + "|POST /api/v1/reports/[^/]+/sections/[^/]+/regenerate"
                    + "|POST /api/v1/generate|POST /v1/chat/completions");

    private final IdempotencyKeys keys;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !GUARDED.matcher(request.getMethod() + " " + request.getRequestURI())
                        .matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).strip();
        if (caller == null || !caller.isAuthenticated() || key.isEmpty() || key.length() > 200) {
            chain.doFilter(request, response); // refused later, or a key we cannot keep: handled as without one
            return;
        }
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        byte[] body = multipart ? null : request.getInputStream().readAllBytes();
        String fingerprint = RequestFingerprint.of(request, body);
        Optional<IdempotencyKeys.Stored> earlier = keys.claim(caller.getName(), key, fingerprint);
        if (earlier.isPresent()) {
            replay(earlier.get(), fingerprint, request, response);
            return;
        }
        HttpServletRequest read = body == null ? request : new CachedBody(request, body);
        if (streamed(request)) {
            stream(read, response, chain, caller.getName(), key);
            return;
        }
        var captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(read, captured);
            if (captured.getStatus() < 500) {
                keys.complete(
                        caller.getName(),
                        key,
                        captured.getStatus(),
                        captured.getContentType(),
                        new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
                completed = true;
            }
        } finally {
            if (!completed) {
                keys.release(caller.getName(), key);
            }
            captured.copyBodyToResponse();
        }
    }

    static boolean streamed(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/event-stream");
    }

    private void stream(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller, String key)
            throws ServletException, IOException {
        var recorded = new RecordedStream(response);
        RecordedStream.Outcome outcome = new RecordedStream.Outcome() {
            @Override
            public void completed(int status, String contentType, String body) {
                keys.complete(caller, key, status, contentType, body);
            }

            @Override
            public void abandoned() {
                keys.release(caller, key);
            }
        };
        boolean settling = false;
        try {
            chain.doFilter(request, recorded);
            // the events are written after this returns, until the emitter completes its asynchronous request
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(recorded.settleWith(outcome));
            } else {
                recorded.settle(outcome);
            }
            settling = true;
        } finally {
            if (!settling) {
                keys.release(caller, key);
            }
        }
    }

    private void replay(
            IdempotencyKeys.Stored stored, String fingerprint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            problem(
                    request,
                    response,
                    new LecternProblem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "idempotency-key-reused",
                            "Idempotency key reused",
                            "This Idempotency-Key was used for a different request; use a new key for a new request."));
            return;
        }
        if (stored.status() == null) {
            problem(
                    request,
                    response,
                    new LecternProblem(
                            HttpStatus.CONFLICT,
                            "idempotency-key-in-use",
                            "Request still running",
                            "The first request with this Idempotency-Key is still running; retry shortly."));
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, LecternProblem problem)
            throws IOException {
        var detail = problem.getBody();
        detail.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(detail.getStatus());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(detail));
    }
}
