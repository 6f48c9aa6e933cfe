package dev.lectern.usage.web;

import dev.lectern.usage.ApiCall;
import dev.lectern.usage.UsageRecorder;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every call under {@code /api/} and {@code /v1/}. It runs before Spring Security, so that calls
 * security refuses count as well, and binds the call's meter for the request thread, so that tokens the model
 * generates for it are counted (work on other threads carries the meter along). A streamed response is
 * recorded when its stream ends, not when the handler returned.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for command-line runs
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class ApiCallFilter extends OncePerRequestFilter {

    private final UsageRecorder recorder;
    private final Routes routes;

    ApiCallFilter(UsageRecorder recorder, Routes routes) {
        this.recorder = recorder;
        this.routes = routes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CallInProgress call = new CallInProgress();
        call.attachTo(request);
        boolean failed = true;
        try {
            call.meter.measure(() -> {
                chain.doFilter(request, response);
                return null;
            });
            failed = false;
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e); // the chain throws nothing else
        } finally {
            Routes.Route route = routes.of(request); // now: the request is recycled once an async one completes
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new WhenStreamEnds(call, route, response));
            } else {
                record(call, route, failed ? 500 : response.getStatus());
            }
        }
    }

    private void record(CallInProgress call, Routes.Route route, int status) {
        long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - call.startedNanos);
        recorder.record(new ApiCall(
                call.startedAt,
                call.username,
                call.apiKeyId,
                call.meter.workspaceId() != null ? call.meter.workspaceId() : route.workspaceId(),
                route.resource(),
                route.pattern(),
                status,
                latency,
                call.meter.promptTokens(),
                call.meter.completionTokens()));
    }

    private final class WhenStreamEnds implements AsyncListener {

        private final CallInProgress call;
        private final Routes.Route route;
        private final HttpServletResponse response;
        private boolean recorded;

        WhenStreamEnds(CallInProgress call, Routes.Route route, HttpServletResponse response) {
            this.call = call;
            this.route = route;
            this.response = response;
        }

        @Override
        public synchronized void onComplete(AsyncEvent event) {
            once(response.getStatus());
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) {
            once(response.isCommitted() ? response.getStatus() : 503);
        }

        @Override
        public synchronized void onError(AsyncEvent event) {
            // a client that went away mid-stream got its status already; that is no server error
            once(response.isCommitted() ? response.getStatus() : 500);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this); // a re-started async request keeps being watched
        }

        private void once(int status) {
            if (!recorded) {
                recorded = true;
                record(call, route, status);
            }
        }
    }
}
