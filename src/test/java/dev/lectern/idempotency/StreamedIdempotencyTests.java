package dev.lectern.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streamed answer with an Idempotency-Key, while it streams and after it ended: the filter with a stream that
 * the test holds open, as an {@code SseEmitter} holds its asynchronous request open.
 */
class StreamedIdempotencyTests {

    private static final String STREAM = "event:token\ndata:{\"text\":\"Fourteen\"}\n\nevent:done\ndata:{}\n\n";

    private final InMemoryKeys keys = new InMemoryKeys();
    private final IdempotencyFilter filter =
            new IdempotencyFilter(keys, JsonMapper.builder().build());
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "editor", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepeatWhileTheFirstStreamsIsAConflictAndAfterItEndedGetsTheWholeStream() throws Exception {
        MockHttpServletRequest first = streamed("{\"question\":\"How long?\"}");
        MockHttpServletResponse firstResponse = new MockHttpServletResponse();
        filter.doFilter(first, firstResponse, openStream());

        MockHttpServletResponse during = send(streamed("{\"question\":\"How long?\"}"));
        ((MockAsyncContext) first.getAsyncContext()).complete();
        MockHttpServletResponse after = send(streamed("{\"question\":\"How long?\"}"));

        assertThat(firstResponse.getContentAsString()).isEqualTo(STREAM);
        assertThat(during.getStatus()).isEqualTo(409);
        assertThat(during.getContentType()).isEqualTo("application/problem+json");
        assertThat(during.getContentAsString()).contains("idempotency-key-in-use");
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(after.getContentType()).startsWith("text/event-stream");
        assertThat(after.getContentAsString()).isEqualTo(STREAM);
        assertThat(runs).as("the repeats never ran the work").hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherQuestionIsRefused() throws Exception {
        MockHttpServletRequest first = streamed("{\"question\":\"How long?\"}");
        filter.doFilter(first, new MockHttpServletResponse(), openStream());
        ((MockAsyncContext) first.getAsyncContext()).complete();

        MockHttpServletResponse other = send(streamed("{\"question\":\"Who pays?\"}"));

        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString()).contains("idempotency-key-reused");
    }

    @Test
    void aStreamThatFailedFreesItsKeyForARetry() throws Exception {
        MockHttpServletRequest first = streamed("{\"question\":\"How long?\"}");
        filter.doFilter(first, new MockHttpServletResponse(), openStream());
        var context = (MockAsyncContext) first.getAsyncContext();
        // as the container ends a stream that failed or timed out: onError, then onComplete
        for (AsyncListener listener : context.getListeners()) {
            listener.onError(new AsyncEvent(context, new IOException("Broken pipe")));
        }
        context.complete();

        MockHttpServletResponse retry = send(streamed("{\"question\":\"How long?\"}"));

        assertThat(retry.getHeader("Idempotent-Replayed")).isNull();
        assertThat(runs).as("the retry ran again").hasValue(2);
    }

    @Test
    void aStreamedRequestIsNotAnsweredWithTheWholeResponseOfTheSameKey() throws Exception {
        MockHttpServletRequest whole = streamed("{\"question\":\"How long?\"}");
        whole.removeHeader("Accept");
        whole.addHeader("Accept", "application/json");
        send(whole);

        MockHttpServletResponse stream = send(streamed("{\"question\":\"How long?\"}"));

        assertThat(stream.getStatus()).isEqualTo(422);
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            runs.incrementAndGet();
            res.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }

    /** Writes the events and leaves the request open, as a controller returning an emitter does. */
    private FilterChain openStream() {
        return (request, response) -> {
            runs.incrementAndGet();
            request.startAsync(request, response);
            response.setContentType("text/event-stream");
            response.getOutputStream().write(STREAM.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        };
    }

    private static MockHttpServletRequest streamed(String json) {
        var request = new MockHttpServletRequest("POST", "/api/v1/workspaces/w1/answers");
        request.setAsyncSupported(true);
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        request.addHeader("Accept", "text/event-stream");
        request.setContentType("application/json");
        request.setContent(json.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** The keys without a database: the filter's behaviour is what is tested here, the SQL in IdempotencyKeysIT. */
    private static final class InMemoryKeys extends IdempotencyKeys {

        private final Map<String, Stored> stored = new ConcurrentHashMap<>();

        InMemoryKeys() {
            super(null, new IdempotencySettings(Duration.ofHours(1)));
        }

        @Override
        Optional<Stored> claim(String caller, String key, String fingerprint) {
            return Optional.ofNullable(
                    stored.putIfAbsent(caller + "/" + key, new Stored(fingerprint, null, null, null)));
        }

        @Override
        void complete(String caller, String key, int status, String contentType, String body) {
            stored.computeIfPresent(
                    caller + "/" + key, (k, was) -> new Stored(was.fingerprint(), status, contentType, body));
        }

        @Override
        void release(String caller, String key) {
            stored.remove(caller + "/" + key);
        }
    }
}
