package dev.lectern.retrieval.evaluation;

import java.util.Arrays;
import java.util.Random;

/** Made-up text with Zipf-distributed words, and clustered unit vectors, for the scale benchmark. */
final class SyntheticCorpus {

    private static final int VOCABULARY = 30_000;
    private static final int CENTRES = 2_000;
    private static final String[] SYLLABLES = {
        "ba", "ko", "ri", "mu", "te", "sa", "lo", "ven", "dar", "pi", "nu", "gel", "fo", "ram", "ti", "zu", "cal",
        "mer", "dos", "lin", "pra", "tor", "vek", "sil"
    };

    private final Random random;
    private final int dimensions;
    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final float[][] centres = new float[CENTRES][];

    SyntheticCorpus(Random random, int dimensions) {
        this.random = random;
        this.dimensions = dimensions;
        double total = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = i; ; n /= SYLLABLES.length) {
                word.append(SYLLABLES[n % SYLLABLES.length]);
                if (n < SYLLABLES.length) {
                    break;
                }
            }
            words[i] = word.toString();
            total += 1.0 / (i + 1); // Zipf's law with exponent 1, as in natural text
            cumulative[i] = total;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= total;
        }
        for (int i = 0; i < CENTRES; i++) {
            centres[i] = gaussian(1.0);
        }
    }

    String text(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            text.append(i == 0 ? "" : " ").append(words[Math.min(VOCABULARY - 1, at < 0 ? -at - 1 : at)]);
        }
        return text.toString();
    }

    /** A few consecutive words of a text, as a user would type them. */
    String words(String text, int count) {
        String[] all = text.split(" ");
        int start = random.nextInt(Math.max(1, all.length - count));
        return String.join(" ", Arrays.copyOfRange(all, start, Math.min(all.length, start + count)));
    }

    /** A unit vector near one of the cluster centres. */
    float[] vector() {
        return normalised(add(centres[random.nextInt(CENTRES)], gaussian(0.05)));
    }

    /** A unit vector close to the given one, as a query about that chunk would be. */
    float[] near(float[] vector) {
        return normalised(add(vector, gaussian(0.02)));
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private float[] gaussian(double sigma) {
        float[] v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) (random.nextGaussian() * sigma);
        }
        return sigma == 1.0 ? normalised(v) : v;
    }

    private static float[] add(float[] a, float[] b) {
        float[] sum = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static float[] normalised(float[] v) {
        float norm = (float) Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
