package dev.lectern.shared;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A stream of server-sent events written by work on its own virtual thread. A {@link LecternProblem} the work
 * throws after the stream opened becomes an {@code error} event with the problem detail; a client that goes
 * away closes the stream, and {@link #send} then answers false so that generation stops.
 */
public final class EventStream {

    /** What a stream runs: sends its events, and may fail. */
    @FunctionalInterface
    public interface Work {
        void run(EventStream events) throws Exception;
    }

    // virtual threads: a stream mostly waits on the model, and there is no pool size to tune
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    private final SseEmitter emitter = new SseEmitter(0L);
    private final AtomicBoolean open = new AtomicBoolean(true);

    private EventStream() {
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(e -> open.set(false));
    }

    /** Opens the stream and starts the work; return the emitter from the controller method. */
    public static SseEmitter start(Work work) {
        EventStream stream = new EventStream();
        THREADS.submit(RequestMeter.carry(() -> stream.run(work)));
        return stream.emitter;
    }

    private void run(Work work) {
        try {
            work.run(this);
            emitter.complete();
        } catch (LecternProblem e) {
            send("error", e.getBody());
            emitter.complete();
        } catch (Exception e) {
            emitter.completeWithError(e);
        }
    }

    /** Sends one event as JSON; false when the client is gone (the stream is then closed for good). */
    public boolean send(String name, Object data) {
        if (!open.get()) {
            return false;
        }
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            open.set(false);
            return false;
        }
    }
}
