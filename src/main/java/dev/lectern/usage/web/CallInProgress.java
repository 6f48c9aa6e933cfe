package dev.lectern.usage.web;

import dev.lectern.shared.RequestMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * What is known about an API call while it runs: when it started, its meter, and who made it (filled in once
 * Spring Security has found out). Kept as a request attribute between the two filters that see the call.
 */
final class CallInProgress {

    private static final String ATTRIBUTE = CallInProgress.class.getName();

    final Instant startedAt = Instant.now();
    final long startedNanos = System.nanoTime();
    final RequestMeter meter = new RequestMeter();
    volatile String username;
    volatile UUID apiKeyId;

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static CallInProgress of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof CallInProgress call ? call : null;
    }
}
