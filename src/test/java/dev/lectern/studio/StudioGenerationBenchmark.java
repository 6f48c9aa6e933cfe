package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorStatus.State;
import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import dev.lectern.generation.llamacpp.LlamaCppChatModel;
import dev.lectern.generation.llamacpp.LlamaCppTextGenerator;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Time to first token and total time of the studio's two streamed products on a generated GGUF with Qwen2.5-0.5B
 * shapes (random weights: the text is noise, the timing is real): a grounded answer over 5 retrieved chunks and a
 * map-reduced summary of a 10-page document. Prints a table; run only on an otherwise idle machine.
 *
 * <p>Arguments: [runs, default 3] [tokens the model may write per call, default 128] [context, default 4096]
 */
public final class StudioGenerationBenchmark {

    private static final String SENTENCE = "The quarterly report states that revenue from the northern region grew"
            + " by twelve percent while support costs fell after the new ticket routing was introduced. ";

    private StudioGenerationBenchmark() {}

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
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int maxTokens = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int context = args.length > 2 ? Integer.parseInt(args[2]) : 4096;
        Path dir = Files.createDirectories(Path.of("target/bench-models"));
        Path model = dir.resolve(ModelShape.QWEN25_05B.name() + "-" + GgufWriter.Type.Q4_0 + ".gguf");
        if (!Files.exists(model)) {
            GgufWriter.write(model, ModelShape.QWEN25_05B, GgufWriter.Type.Q4_0, null);
        }
        var generator = new LlamaCppTextGenerator(
                GenerationSettings.of(model, Files.createDirectories(Path.of("target/bench-native")), context, 1));
        while (generator.status().state() == State.LOADING) {
            Thread.sleep(200);
        }
        if (generator.status().state() != State.READY) {
            throw new IllegalStateException(generator.status().detail());
        }
        var chat = new LlamaCppChatModel(generator, maxTokens);
        var settings = new StudioSettings(5, 0.5, 3, 2000, maxTokens, maxTokens, 6000, 400, 0.57, 0.30);
        var answering = new Answering(chat, new AnswerPrompt(settings));
        var summaries = new MapReduceSummaries(chat, settings);
        List<Source> fiveChunks = chunks(5, 6); // about 180 words each, a chunk as the splitter makes them
        List<Source> tenPages = chunks(10, 17); // about 500 words a page
        int budget = settings.summaryBudget(context);

        List<double[]> answer = new ArrayList<>();
        List<double[]> summary = new ArrayList<>();
        int calls = 0;
        for (int run = 0; run < runs; run++) {
            answer.add(timed(onText -> answering.generate(
                    PromptSet.DEFAULTS, "How did revenue develop in the north?", List.of(), fiveChunks, onText)));
            int[] made = {0};
            summary.add(timed(onText -> made[0] = summaries
                    .summarize(PromptSet.DEFAULTS, tenPages, SummaryStyle.KEY_POINTS, 150, budget, onText)
                    .modelCalls()));
            calls = made[0];
        }
        System.out.printf(
                "%n%s, 2 threads, context %d, at most %d tokens per call, %d runs (median)%n",
                model.getFileName(), context, maxTokens, runs);
        System.out.println("| product | model calls | first token to client (s) | total (s) |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| answer over 5 chunks | 1 | %.2f | %.2f |%n", median(answer, 0), median(answer, 1));
        System.out.printf(
                "| summary of 10 pages (%d chars a prompt) | %d | %.2f | %.2f |%n",
                budget, calls, median(summary, 0), median(summary, 1));
    }

    /** Seconds to the first streamed piece and to the end. */
    private static double[] timed(java.util.function.Consumer<Predicate<String>> work) {
        long start = System.nanoTime();
        long[] first = {0};
        work.accept(piece -> {
            if (first[0] == 0) {
                first[0] = System.nanoTime();
            }
            return true;
        });
        long end = System.nanoTime();
        return new double[] {((first[0] == 0 ? end : first[0]) - start) / 1e9, (end - start) / 1e9};
    }

    private static List<Source> chunks(int count, int sentences) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = ("Page " + (i + 1) + ". ") + SENTENCE.repeat(sentences);
            sources.add(new Source(
                    i + 1,
                    new ChunkMatch(
                            UUID.randomUUID(),
                            new DocumentId(UUID.randomUUID()),
                            "report.pdf",
                            i,
                            text,
                            "Report",
                            0,
                            text.length(),
                            Location.page(i + 1),
                            1.0)));
        }
        return sources;
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }
}
