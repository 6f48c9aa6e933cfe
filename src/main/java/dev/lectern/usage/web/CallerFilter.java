package dev.lectern.usage.web;

import dev.lectern.identity.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes who makes an API call, just after Spring Security has authenticated it (the security context is
 * gone again by the time {@link ApiCallFilter} records the call). Calls that security refuses never get here
 * and are recorded without a user.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for command-line runs
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class CallerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CallInProgress call = CallInProgress.of(request);
        if (call != null) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            Caller caller = Caller.of(authentication);
            if (caller != null) {
                call.username = caller.username();
                call.apiKeyId = Caller.keyOf(authentication).orElse(null);
            }
        }
        chain.doFilter(request, response);
    }
}
