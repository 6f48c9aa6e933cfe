package dev.lectern.studio;

/** How an answer is written. */
public enum AnswerMode {
    /** Generative when a model is ready, else extractive. */
    AUTO,
    /** The language model writes the answer from the sources; 503 without a model. */
    GENERATIVE,
    /** Sentences are quoted from the sources; needs no language model. */
    EXTRACTIVE
}
