package dev.lectern.openai.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-sent events exactly as OpenAI writes them: {@code data: <json>} lines, ended by {@code data: [DONE]}.
 * A failed send means the client went away, which the caller sees as false and stops generating.
 */
final class EventStream {

    private static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);

    private final ResponseBodyEmitter emitter = new ResponseBodyEmitter(0L);
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final JsonMapper json;

    EventStream(JsonMapper json) {
        this.json = json;
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(e -> open.set(false));
    }

    ResponseBodyEmitter emitter() {
        return emitter;
    }

    boolean data(Object payload) {
        return line(json.writeValueAsString(payload));
    }

    void done() {
        line("[DONE]");
    }

    void complete() {
        emitter.complete();
    }

    private boolean line(String data) {
        if (!open.get()) {
            return false;
        }
        try {
            emitter.send("data: " + data + "\n\n", EVENT_STREAM);
            return true;
        } catch (IOException | IllegalStateException e) {
            open.set(false);
            return false;
        }
    }
}
