package dev.lectern.generation.llamacpp;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorStatus.State;
import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Speed of one model on this machine, through Lectern's serving layer and through a bare loop on the binding:
 * load time, prompt and generation tokens/s, time to first token cold and with a cached prefix, aggregate
 * tokens/s with 1, 2 and 4 concurrent requests, and RSS. One model per run (the binding frees nothing).
 *
 * <p>Arguments: {@code stories | qwen05-q4_0 | qwen05-q8_0 | qwen15-q4_0 | path.gguf} [prompt sizes, e.g.
 * 300,1500] [tokens per generation, default 48]
 */
public final class GenerationBenchmark {

    // tokens per generation; a tiny model needs more to make the timing window long enough
    static int GENERATED = 48;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(0); // llama.cpp's threads keep the JVM alive otherwise
        }
    }

    private static void run(String[] args) throws Exception {
        Path model = model(args[0]);
        int[] promptSizes = Arrays.stream((args.length > 1 ? args[1] : "300").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        GENERATED = args.length > 2 ? Integer.parseInt(args[2]) : GENERATED;
        Path nativeDir = Files.createDirectories(Path.of("target/bench-native"));
        int context = Arrays.stream(promptSizes).max().orElse(300) + 2 * GENERATED + 64;
        long rssBefore = Rss.kilobytes();
        long started = System.nanoTime();
        LlamaCppTextGenerator generator =
                new LlamaCppTextGenerator(GenerationSettings.of(model, nativeDir, context, 4));
        LlamaCppTextGeneratorIT.await(generator);
        if (generator.status().state() != State.READY) {
            throw new IllegalStateException(generator.status().detail());
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        LlamaModel bare = generator.engine().model();
        Prompts prompts = new Prompts(bare, args[0].equals("stories"));

        System.out.printf("%n%s (%d MB on disk), 2 threads, 4 slots%n", model.getFileName(), Files.size(model) >> 20);
        System.out.printf("| %-52s | %12s |%n", "measure", "value");
        row("load time (s)", loadSeconds);
        for (int size : promptSizes) {
            String prefix = prompts.of(size - 20, "prefix" + size);
            double cold = ttft(generator, prefix + prompts.of(20, "q1-" + size));
            double cached = ttft(generator, prefix + prompts.of(20, "q2-" + size));
            row("TTFT, %d-token prompt, cold (ms)".formatted(size), cold * 1000);
            row("TTFT, %d-token prompt, cached prefix (ms)".formatted(size), cached * 1000);
            row("prompt tokens/s, %d tokens (cold)".formatted(size), size / cold);
        }
        String prompt = prompts.of(32, "gen");
        // interleaved rounds, best of each: on a shared machine the best run is the least disturbed one
        double bareSpeed = 0;
        double lecternSpeed = 0;
        for (int round = 0; round < 3; round++) {
            bareSpeed = Math.max(bareSpeed, bareTokensPerSecond(bare, prompt));
            lecternSpeed = Math.max(lecternSpeed, lecternTokensPerSecond(generator, prompt));
        }
        row("generation tokens/s, bare binding loop (best of 3)", bareSpeed);
        row("generation tokens/s, through Lectern (best of 3)", lecternSpeed);
        row("Lectern / bare (%)", 100 * lecternSpeed / bareSpeed);
        for (int concurrent : new int[] {1, 2, 4}) {
            row("aggregate tokens/s, %d concurrent".formatted(concurrent), aggregate(generator, prompts, concurrent));
        }
        row("RSS growth since start (MB)", (Rss.kilobytes() - rssBefore) / 1024.0);
        row("RSS (MB)", Rss.kilobytes() / 1024.0);
    }

    static Path model(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench-models"));
        return switch (name) {
            case "stories" -> Path.of("../shared/models/stories260K.gguf");
            case "qwen05-q4_0" -> generated(dir, ModelShape.QWEN25_05B, GgufWriter.Type.Q4_0);
            case "qwen05-q8_0" -> generated(dir, ModelShape.QWEN25_05B, GgufWriter.Type.Q8_0);
            case "qwen15-q4_0" -> generated(dir, ModelShape.QWEN25_15B, GgufWriter.Type.Q4_0);
            default -> Path.of(name);
        };
    }

    static Path generated(Path dir, ModelShape shape, GgufWriter.Type type) throws Exception {
        Path file = dir.resolve(shape.name() + "-" + type + ".gguf");
        return Files.exists(file) ? file : GgufWriter.write(file, shape, type, null);
    }

    private static double ttft(LlamaCppTextGenerator generator, String prompt) {
        long started = System.nanoTime();
        long[] first = {0};
        generator.stream(new GenerationRequest(prompt, 1), piece -> {
            first[0] = System.nanoTime();
            return false;
        });
        return ((first[0] == 0 ? System.nanoTime() : first[0]) - started) / 1e9;
    }

    /*
     * Both loops generate exactly GENERATED tokens (EOS ignored) and are timed from the first token to the end, so
     * both rates are (GENERATED - 1) tokens over that time, the clock starting at the first text either sees. Counting text pieces instead undercounts Lectern:
     * a token that ends inside a UTF-8 character yields no text until the next one (frequent with random
     * weights), which once made the serving layer look 4-6 % slower than it is.
     */
    private static double bareTokensPerSecond(LlamaModel model, String prompt) {
        long first = 0;
        for (LlamaOutput output : model.generate(new InferenceParameters(prompt)
                .setNPredict(GENERATED)
                .setIgnoreEos(true)
                .setCachePrompt(true))) {
            if (first == 0 && !output.text.isEmpty()) first = System.nanoTime(); // as the client of Lectern sees it
        }
        return (GENERATED - 1) * 1e9 / (System.nanoTime() - first);
    }

    private static double lecternTokensPerSecond(LlamaCppTextGenerator generator, String prompt) {
        long[] first = {0};
        GenerationOptions options =
                new GenerationOptions(GENERATED, null, null, null, null, null, List.of(), null, true);
        generator.stream(new GenerationRequest(prompt, options), piece -> {
            if (first[0] == 0) first[0] = System.nanoTime();
            return true;
        });
        return (GENERATED - 1) * 1e9 / (System.nanoTime() - first[0]);
    }

    private static double aggregate(LlamaCppTextGenerator generator, Prompts prompts, int concurrent) throws Exception {
        GenerationOptions options =
                new GenerationOptions(GENERATED, null, null, null, null, null, List.of(), null, true);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) texts.add(prompts.of(16, "agg" + concurrent + "-" + i));
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrent)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> {
                    int[] count = {0};
                    generator.stream(new GenerationRequest(text, options), piece -> ++count[0] > 0);
                    return count[0];
                }));
            }
            int total = 0;
            for (Future<Integer> result : done) total += result.get();
            return total * 1e9 / (System.nanoTime() - started);
        }
    }

    private static void row(String measure, double value) {
        System.out.printf("| %-52s | %12.1f |%n", measure, value);
    }
}
