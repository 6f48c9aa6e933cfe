package dev.lectern.ingestion;

import dev.lectern.LecternApplication;
import dev.lectern.support.Api;
import dev.lectern.support.TestDataDirectory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Ingestion benchmark; a program that prints tables, not a test. Part 1 sends every sample file through the
 * API and tabulates outcomes per format; part 2 ingests a large batch and compares its chunks/s with the raw
 * throughput of the embedding model on the same machine in the same run.
 *
 * <p>Run: {@code ./mvnw -q -Dskip.frontend test-compile && java -Dwarmup=60 -cp target/test-classes:target/classes:$(cat
 * target/cp.txt) dev.lectern.ingestion.IngestionBenchmark [copies] [--batch-only]} after {@code ./mvnw
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt}; {@code -Dbatch=small} leaves the 93-page PDF out of
 * the batch.
 */
public final class IngestionBenchmark {

    static final Path SAMPLES = Path.of("../shared/datasets/ingestion-docs");

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> sampleHeap(peakHeap));
        Path dataDir = TestDataDirectory.create();
        List<String> properties =
                new ArrayList<>(List.of("server.port=0", "lectern.data-dir=" + dataDir, "logging.level.root=warn"));
        properties.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        // arguments, not builder defaults: application.yml would override defaults with port 8080 and ./data
        List<String> arguments =
                new ArrayList<>(properties.stream().map(p -> "--" + p).toList());
        arguments.addAll(Api.serverArguments());
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(LecternApplication.class).run(arguments.toArray(String[]::new))) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            if (!"--batch-only".equals(args.length > 1 ? args[1] : "")) {
                formats(api);
            }
            List<Path> files = batchFiles(Files.createDirectories(dataDir.resolve("benchmark-batch")));
            throughput(api, app.getBean(EmbeddingModel.class), files, copies, peakHeap);
            stages(app.getBean(io.micrometer.core.instrument.MeterRegistry.class));
        }
        sampler.interrupt();
        System.exit(0); // llama.cpp and ONNX leave non-daemon threads behind
    }

    /** Part 1: every sample file, per format: how many READY, FAILED with which reason, time per file. */
    static void formats(Api api) throws Exception {
        String workspace = api.createWorkspace("Samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().matches("SOURCE.txt|LICENSE.md"))
                    .sorted()
                    .toList();
        }
        Map<String, List<String>> rows = new TreeMap<>();
        for (Path file : files) {
            String format = extension(file);
            var response = api.upload(
                    "/api/v1/workspaces/" + workspace + "/documents",
                    "file",
                    file.getFileName().toString(),
                    Files.readAllBytes(file));
            String outcome;
            double seconds = 0;
            if (response.status() != 202) {
                outcome = "rejected " + response.status() + ": "
                        + response.json().get("detail").asString();
            } else {
                JsonNode doc = api.awaitProcessed(response.json().get("id").asString(), Duration.ofMinutes(10));
                seconds = Duration.between(
                                        Instant.parse(doc.get("createdAt").asString()),
                                        Instant.parse(doc.get("updatedAt").asString()))
                                .toMillis()
                        / 1000.0;
                outcome = doc.get("status").asString().equals("READY")
                        ? "READY (" + doc.get("chunkCount").asInt() + " chunks)"
                        : "FAILED: " + doc.get("error").asString();
            }
            rows.computeIfAbsent(format, k -> new ArrayList<>())
                    .add("| %s | %s | %s | %.2f |".formatted(format, SAMPLES.relativize(file), outcome, seconds));
        }
        System.out.println("\n| format | file | outcome | seconds |\n|---|---|---|---:|");
        rows.values().forEach(list -> list.forEach(System.out::println));
    }

    static final List<Path> SMALL_DOCUMENTS = List.of(
            SAMPLES.resolve("pdf/interface-config-guide-p93.pdf"),
            SAMPLES.resolve("handbook-1p.docx"),
            SAMPLES.resolve("norwich-city.txt"),
            SAMPLES.resolve("example-10k-1p.html"));

    /**
     * The batch's files: the "93-page PDF", made here since the sample of that name is a single page,
     * then the small samples; {@code -Dbatch=small} leaves the long PDF out.
     */
    static List<Path> batchFiles(Path directory) throws IOException {
        if ("small".equals(System.getProperty("batch"))) {
            return SMALL_DOCUMENTS;
        }
        List<Path> files = new ArrayList<>();
        files.add(LongReportPdf.write(directory, SAMPLES.resolve("norwich-city.txt"), 93));
        files.addAll(SMALL_DOCUMENTS);
        return files;
    }

    /**
     * Part 2: a large batch end to end against the embedding model alone. Nothing else runs meanwhile: status
     * is polled once a second and the end is the last document's own finishing time, so the measuring costs
     * the pipeline no CPU; search latency is measured afterwards, over a second, smaller batch.
     */
    static void throughput(Api api, EmbeddingModel model, List<Path> files, int copies, AtomicLong peakHeap)
            throws Exception {
        // untimed copies first: the JIT compiles the parsers' and indexes' code once per process, not per
        // document, and a server that ingests all day runs compiled code (-Dwarmup=1 shows a cold start); the
        // many copies are of the small documents, which run the per-document code most often for their time
        awaitAll(
                api,
                upload(api, SMALL_DOCUMENTS, Integer.getInteger("warmup", 3), "Warm-up")
                        .ids());
        Batch warmUp = upload(api, files, 1, "Warm-up all");
        awaitAll(api, warmUp.ids());
        // the model alone is timed before and after the batch, on the same texts, and the two averaged: this
        // virtual machine's speed drifts by several per cent over minutes, and one reading on one side of the
        // batch would carry that drift into the ratio
        List<String> firstCopy = embeddingTexts(api, warmUp.ids());
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            texts.addAll(firstCopy);
        }
        RawEmbeddingSpeed before = RawEmbeddingSpeed.time(model, texts);
        long cpuStart = RawEmbeddingSpeed.processCpuNanos();
        Instant start = Instant.now();
        Batch batch;
        List<JsonNode> done;
        try (ThreadCpuAccount account = new ThreadCpuAccount()) {
            batch = upload(api, files, copies, "Batch");
            done = awaitAll(api, batch.ids());
        }
        Instant end = done.stream()
                .map(doc -> Instant.parse(doc.get("updatedAt").asString()))
                .max(Instant::compareTo)
                .orElseThrow();
        double cpu = (RawEmbeddingSpeed.processCpuNanos() - cpuStart) / 1e9;
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        int chunks =
                done.stream().mapToInt(doc -> doc.get("chunkCount").asInt()).sum();
        RawEmbeddingSpeed after = RawEmbeddingSpeed.time(model, embeddingTexts(api, batch.ids()));
        double rawPerSecond = (before.perSecond() + after.perSecond()) / 2;
        double rawCpuPerChunk = (before.cpuPerText() + after.cpuPerText()) / 2;
        double chunksPerSecond = chunks / seconds;

        String probeWorkspace = api.createWorkspace("Probe");
        List<Double> idle = searchLatencies(api, probeWorkspace, 30, null);
        List<Double> busy = new java.util.concurrent.CopyOnWriteArrayList<>();
        var ingesting = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread prober =
                Thread.ofPlatform().start(() -> busy.addAll(searchLatencies(api, probeWorkspace, 10_000, ingesting)));
        awaitAll(api, upload(api, files, Math.max(1, copies / 4), "Busy").ids());
        ingesting.set(false);
        prober.join();

        System.out.println("\n| measure | value |\n|---|---:|");
        System.out.printf(
                Locale.ROOT,
                "| documents | %d (%d copies of %s) |%n",
                batch.ids().size(),
                copies,
                files.stream().map(f -> f.getFileName().toString()).toList());
        System.out.printf(Locale.ROOT, "| chunks | %d |%n", chunks);
        System.out.printf(Locale.ROOT, "| input | %.1f MB |%n", batch.bytes() / 1e6);
        System.out.printf(Locale.ROOT, "| wall time | %.1f s |%n", seconds);
        System.out.printf(Locale.ROOT, "| documents/s | %.2f |%n", batch.ids().size() / seconds);
        System.out.printf(Locale.ROOT, "| chunks/s (pipeline) | %.1f |%n", chunksPerSecond);
        System.out.printf(Locale.ROOT, "| MB/s | %.2f |%n", batch.bytes() / 1e6 / seconds);
        System.out.printf(
                Locale.ROOT,
                "| chunks/s (embedding model alone), before / after the batch | %.1f / %.1f |%n",
                before.perSecond(),
                after.perSecond());
        System.out.printf(
                Locale.ROOT, "| pipeline / raw embedding | %.0f %% |%n", 100 * chunksPerSecond / rawPerSecond);
        // CPU per chunk does not depend on what else the machine runs: it shows the pipeline's own overhead
        System.out.printf(
                Locale.ROOT,
                "| process CPU per 100 chunks, pipeline / raw | %.2f / %.2f s (raw is %.0f %%) |%n",
                100 * cpu / chunks,
                100 * rawCpuPerChunk,
                100 * rawCpuPerChunk / (cpu / chunks));
        System.out.printf(Locale.ROOT, "| peak heap used | %d MB |%n", peakHeap.get() / 1_048_576);
        System.out.printf(Locale.ROOT, "| peak RSS (VmHWM) | %s |%n", peakRss());
        System.out.printf(
                Locale.ROOT,
                "| search latency idle, p50 / p95 | %.0f / %.0f ms |%n",
                percentile(idle, 50),
                percentile(idle, 95));
        System.out.printf(
                Locale.ROOT,
                "| search latency while ingesting, p50 / p95 (%d searches) | %.0f / %.0f ms |%n",
                busy.size(),
                percentile(busy, 50),
                percentile(busy, 95));
        System.out.printf(Locale.ROOT, "| cores | %d |%n", Runtime.getRuntime().availableProcessors());
    }

    record Batch(List<String> ids, long bytes) {}

    /** The texts the pipeline embedded for these documents: each chunk's breadcrumb and passage. */
    static List<String> embeddingTexts(Api api, List<String> ids) {
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
            for (JsonNode chunk :
                    api.get("/api/v1/documents/" + id + "/chunks").json().get("chunks")) {
                String path = chunk.get("headingPath").asString();
                String text = chunk.get("text").asString();
                texts.add(path.isEmpty() ? text : path + "\n" + text);
            }
        }
        return texts;
    }

    /** Uploads {@code copies} times the batch files, each copy into a workspace of its own (no duplicates). */
    static Batch upload(Api api, List<Path> files, int copies, String name) throws IOException {
        List<String> ids = new ArrayList<>();
        long bytes = 0;
        for (int copy = 0; copy < copies; copy++) {
            String workspace = api.createWorkspace(name + " " + copy);
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                bytes += content.length;
                ids.add(api.upload(
                                "/api/v1/workspaces/" + workspace + "/documents",
                                "file",
                                file.getFileName().toString(),
                                content)
                        .json()
                        .get("id")
                        .asString());
            }
        }
        return new Batch(ids, bytes);
    }

    /** Waits, polling once a second, until every document is READY or FAILED. */
    static List<JsonNode> awaitAll(Api api, List<String> ids) throws InterruptedException {
        List<JsonNode> done = new ArrayList<>();
        for (String id : ids) {
            while (true) {
                JsonNode doc = api.get("/api/v1/documents/" + id).json();
                if (doc.get("status").asString().matches("READY|FAILED")) {
                    done.add(doc);
                    break;
                }
                Thread.sleep(1000);
            }
        }
        return done;
    }

    /** Where the workers' time went, summed over documents (two workers run at once). */
    static void stages(io.micrometer.core.instrument.MeterRegistry meters) {
        System.out.println("\n| stage | documents | total worker seconds |\n|---|---:|---:|");
        for (var timer : meters.find("lectern.ingestion.stage").timers()) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f |%n",
                    timer.getId().getTag("stage"),
                    timer.count(),
                    timer.totalTime(java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    /** Times searches one after another, 200 ms apart, until {@code until} turns false or {@code max} are done. */
    static List<Double> searchLatencies(
            Api api, String workspace, int max, java.util.concurrent.atomic.AtomicBoolean until) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < max && (until == null || until.get()); i++) {
            long started = System.nanoTime();
            api.get("/api/v1/workspaces/" + workspace + "/search?q=quarterly+revenue+growth+" + i + "&k=10");
            millis.add((System.nanoTime() - started) / 1e6);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return millis;
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static void sampleHeap(AtomicLong peak) {
        var memory = ManagementFactory.getMemoryMXBean();
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
                .findFirst()
                .orElse("n/a");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(none)" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
