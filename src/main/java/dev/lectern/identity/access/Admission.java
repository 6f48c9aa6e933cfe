package dev.lectern.identity.access;

/** Decides whether a caller may send another API request now. */
interface Admission extends AutoCloseable {

    /** 0 when the caller may go ahead, otherwise the whole seconds until a request is allowed again. */
    long acquire(String caller);

    @Override
    default void close() {}
}
