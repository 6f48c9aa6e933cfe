package dev.lectern.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints passages per second of the bundled embedding model for several worker counts. Not a test: run it
 * with {@code java -cp ... dev.lectern.embedding.EmbeddingThroughputBenchmark [text file] [passages]}.
 */
public final class EmbeddingThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/datasets/ingestion-docs/norwich-city.txt");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> passages = passages(source, count);
        Path cache = Files.createDirectories(Path.of("target", "djl-cache"));
        System.setProperty("DJL_CACHE_DIR", cache.toString());
        System.setProperty("ai.djl.offline", "true");
        System.out.printf(
                "%d passages of ~%d words from %s, %d cores%n",
                passages.size(), 150, source, Runtime.getRuntime().availableProcessors());
        System.out.println("| workers | passages/s | ms/passage |");
        System.out.println("|---:|---:|---:|");
        for (int workers : new int[] {1, 2, 4}) {
            try (var model = new BgeSmallEmbeddingModel(new EmbeddingSettings(workers, 512, cache))) {
                model.embed(passages.subList(0, Math.min(8, passages.size()))); // warm-up
                long start = System.nanoTime();
                model.embed(passages);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "| %d | %.1f | %.1f |%n", workers, passages.size() / seconds, seconds * 1000 / passages.size());
            }
        }
        System.exit(0);
    }

    /** Windows of 150 words over the text, so passages have the size of real chunks. */
    static List<String> passages(Path source, int count) throws IOException {
        String[] words = Files.readString(source).split("\\s+");
        List<String> passages = new ArrayList<>();
        for (int i = 0; passages.size() < count; i = (i + 150) % Math.max(1, words.length - 150)) {
            passages.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + 150))));
        }
        return passages;
    }
}
