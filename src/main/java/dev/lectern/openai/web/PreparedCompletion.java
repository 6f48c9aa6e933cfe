package dev.lectern.openai.web;

import java.util.function.Predicate;

/** A checked completion, ready to run: bad input fails before, so that a stream never opens on it. */
@FunctionalInterface
interface PreparedCompletion {

    /** Writes the completion, handing each piece to onText as it comes; onText returns false to stop early. */
    Completed run(Predicate<String> onText);
}
