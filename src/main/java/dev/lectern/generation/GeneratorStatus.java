package dev.lectern.generation;

/**
 * The state of the language model.
 *
 * @param state where the model is in its life
 * @param model the configured model file, if any
 * @param detail a sentence for operators (why it failed, how to configure one)
 */
public record GeneratorStatus(State state, String model, String detail) {

    /** Life of the model in this process. */
    public enum State {
        NOT_CONFIGURED,
        LOADING,
        READY,
        FAILED
    }
}
