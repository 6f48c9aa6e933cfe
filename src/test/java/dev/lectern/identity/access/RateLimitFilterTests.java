package dev.lectern.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class RateLimitFilterTests {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimitFilter filter = new RateLimitFilter(new RateLimiter(60, nanos::get));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterUntilTheBucketRefills() throws Exception {
        signIn("alice", null);
        for (int i = 0; i < 60; i++) {
            assertThat(call("/api/v1/workspaces").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse limited = call("/api/v1/workspaces");

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
        assertThat(limited.getContentAsString()).contains("rate-limited");
        nanos.addAndGet(1_000_000_000L); // one second refills one request at 60 a minute
        assertThat(call("/api/v1/workspaces").getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/workspaces").getStatus()).isEqualTo(429);
    }

    @Test
    void eachKeyAndEachUserHasABucketOfItsOwn() throws Exception {
        signIn("bob", "key:1");
        exhaust();
        assertThat(call("/v1/models").getStatus()).isEqualTo(429);

        signIn("bob", "key:2");
        assertThat(call("/v1/models").getStatus()).isEqualTo(200);
        signIn("carol", null);
        assertThat(call("/v1/models").getStatus()).isEqualTo(200);
    }

    @Test
    void requestsWithoutCredentialsAreCountedPerAddressAndPagesAreNotCounted() throws Exception {
        exhaust();
        assertThat(call("/api/v1/session").getStatus()).isEqualTo(429);
        assertThat(call("/assets/app.js").getStatus()).isEqualTo(200);
    }

    private void exhaust() throws Exception {
        for (int i = 0; i < 60; i++) {
            call("/api/v1/session");
        }
    }

    private static void signIn(String username, String details) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(List.of("ROLE_VIEWER", "SCOPE_read")));
        authentication.setDetails(details);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private MockHttpServletResponse call(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
