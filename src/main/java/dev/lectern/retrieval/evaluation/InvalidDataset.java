package dev.lectern.retrieval.evaluation;

/** A data set that cannot be evaluated; the message says which file and line is wrong, in plain words. */
public class InvalidDataset extends RuntimeException {

    public InvalidDataset(String message) {
        super(message);
    }
}
