package dev.lectern.studio;

import java.util.function.Predicate;

/**
 * Holds back streamed text while it could still be the refusal marker, so that a client never sees the marker:
 * once the text departs from it, what was held and all that follows passes through.
 */
final class RefusalGate {

    private final Predicate<String> downstream;
    private final StringBuilder held = new StringBuilder();
    private boolean passing;
    private boolean refused;

    RefusalGate(Predicate<String> downstream) {
        this.downstream = downstream;
    }

    /** Takes a piece of model output; false stops generation (the client left, or the model refused). */
    boolean accept(String piece) {
        if (passing) {
            return downstream.test(piece);
        }
        held.append(piece);
        String text = held.toString().strip();
        if (text.startsWith(AnswerPrompt.REFUSAL_MARKER)) {
            refused = true;
            return false;
        }
        if (text.isEmpty() || AnswerPrompt.REFUSAL_MARKER.startsWith(text)) {
            return true;
        }
        passing = true;
        return downstream.test(held.toString());
    }

    /** Lets out text still held when the model stopped early in what looked like the marker. */
    void finish() {
        if (!passing && !refused && !held.isEmpty()) {
            passing = true;
            downstream.test(held.toString());
        }
    }

    boolean refused() {
        return refused;
    }
}
