package dev.lectern.generation.gguf;

import java.util.SplittableRandom;

/**
 * Random weights in valid blocks, small enough that activations stay finite. A pool of random blocks is
 * cycled so that writing a file of hundreds of megabytes takes seconds.
 */
final class WeightStream {

    private static final short SCALE = Float.floatToFloat16(0.002f);
    private final byte[] pool = new byte[1 << 16];
    private int next;

    WeightStream(SplittableRandom random) {
        random.nextBytes(pool);
    }

    void write(GgufWriter.Buffer out, GgufWriter.Type type, long bytes, boolean norm) {
        switch (type) {
            case F32 -> {
                for (long i = 0; i < bytes / 4; i++) {
                    out.f32(norm ? 1f : (pool[index()] / 128f) * 0.02f);
                }
            }
            case Q8_0, Q4_0 -> {
                int payload = type.blockBytes - 2;
                for (long block = 0; block < bytes / type.blockBytes; block++) {
                    out.f16(SCALE);
                    for (int b = 0; b < payload; b++) out.u8(pool[index()]);
                }
            }
        }
    }

    private int index() {
        next = (next + 1) & (pool.length - 1);
        return next;
    }
}
