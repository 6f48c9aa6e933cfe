package dev.lectern.shared;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one API request consumed, reported by the work it caused on any thread. The request's recorder binds a
 * meter for the request thread; code that hands request work to another thread carries it along with
 * {@link #carry}, so that tokens a streamed answer generates on a virtual thread count for the request that
 * asked for it. Work outside a request (ingestion, evaluation) reports to a meter nobody reads.
 */
public final class RequestMeter {

    private static final ScopedValue<RequestMeter> CURRENT = ScopedValue.newInstance();

    private final AtomicLong promptTokens = new AtomicLong();
    private volatile UUID workspaceId;
    private final AtomicLong completionTokens = new AtomicLong();

    /** The meter of the request this thread works for, or a fresh one that nobody reads. */
    public static RequestMeter current() {
        return CURRENT.isBound() ? CURRENT.get() : new RequestMeter();
    }

    /** Runs the operation with this meter as the current one. */
    public <T, X extends Throwable> T measure(ScopedValue.CallableOp<T, X> operation) throws X {
        return ScopedValue.where(CURRENT, this).call(operation);
    }

    /** The task, to be run on another thread for the request this thread works for now. */
    public static Runnable carry(Runnable task) {
        return current().bind(task);
    }

    /** The task, run with this meter as the current one on whichever thread runs it. */
    public Runnable bind(Runnable task) {
        return () -> ScopedValue.where(CURRENT, this).run(task);
    }

    /** Tokens the model read (the prompt) and wrote (the completion) for this request. */
    public void addTokens(long prompt, long completion) {
        promptTokens.addAndGet(prompt);
        completionTokens.addAndGet(completion);
    }

    /** Names the workspace a request concerns when its URL does not (the OpenAI API names it in the body). */
    public void concerns(UUID workspace) {
        this.workspaceId = workspace;
    }

    /** The workspace named by {@link #concerns}, or null. */
    public UUID workspaceId() {
        return workspaceId;
    }

    public long promptTokens() {
        return promptTokens.get();
    }

    public long completionTokens() {
        return completionTokens.get();
    }
}
