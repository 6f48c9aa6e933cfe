package dev.lectern.generation.llamacpp;

/** Bytes of ggml tensor types, to check that a GGUF file holds all the data its tensor table promises. */
final class TensorTypes {

    private TensorTypes() {}

    /** Bytes of {@code elements} values of ggml type {@code type}; 0 for types not listed (not checked). */
    static long bytes(int type, long elements) {
        return switch (type) {
            case 0 -> elements * 4; // F32
            case 1, 30 -> elements * 2; // F16, BF16
            case 2 -> elements / 32 * 18; // Q4_0
            case 3 -> elements / 32 * 20; // Q4_1
            case 6 -> elements / 32 * 22; // Q5_0
            case 7 -> elements / 32 * 24; // Q5_1
            case 8 -> elements / 32 * 34; // Q8_0
            case 10 -> elements / 256 * 84; // Q2_K
            case 11 -> elements / 256 * 110; // Q3_K
            case 12 -> elements / 256 * 144; // Q4_K
            case 13 -> elements / 256 * 176; // Q5_K
            case 14 -> elements / 256 * 210; // Q6_K
            default -> 0;
        };
    }
}
