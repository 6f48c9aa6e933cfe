package dev.lectern.ingestion;

import dev.lectern.support.Api;
import dev.lectern.support.LecternProcess;
import dev.lectern.support.PostgresTestDatabase;
import dev.lectern.support.TestDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents per second with one and with two Lectern processes on one PostgreSQL, on this machine, and the
 * PostgreSQL bytes each chunk takes (row, vector, HNSW and full-text indexes). Prints a table.
 *
 * <p>Run (after {@code ./mvnw -Dskip.frontend -DskipTests package} and the classpath step in README):
 * {@code java -cp $CP dev.lectern.ingestion.ScaleOutBenchmark [documents]}
 */
public final class ScaleOutBenchmark {

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        List<String> rows = new ArrayList<>();
        for (int replicas = 1; replicas <= 2; replicas++) {
            rows.add(run(replicas, documents));
        }
        System.out.println();
        System.out.printf(
                "%-9s %10s %8s %10s %8s %14s%n",
                "replicas", "documents", "chunks", "seconds", "docs/s", "PG bytes/chunk");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(int replicas, int documents) throws Exception {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.fresh("scale_bench");
        Path files = TestDataDirectory.create();
        List<String> settings = new ArrayList<>(PostgresTestDatabase.serverModeArguments(db));
        settings.add("--lectern.documents.storage-dir=" + files);
        settings.add("--lectern.ingestion.jobs.poll-interval=500ms");
        List<LecternProcess> processes = new ArrayList<>();
        try {
            for (int i = 0; i < replicas; i++) {
                processes.add(LecternProcess.start(TestDataDirectory.create(), LecternProcess.freePort(), settings));
            }
            Api api = processes.getFirst().api();
            String workspace = api.createWorkspace("Bench");
            long started = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                ids.add(api.upload(
                                "/api/v1/workspaces/" + workspace + "/documents",
                                "file",
                                "report-" + i + ".md",
                                report(i).getBytes(StandardCharsets.UTF_8))
                        .json()
                        .get("id")
                        .asString());
            }
            int chunks = 0;
            for (String id : ids) {
                chunks += api.awaitProcessed(id, Duration.ofMinutes(20))
                        .get("chunkCount")
                        .asInt();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long bytes;
            try (var c = DriverManager.getConnection(db.url(), db.username(), db.password());
                    var result =
                            c.createStatement().executeQuery("select pg_total_relation_size('retrieval_chunks')")) {
                result.next();
                bytes = result.getLong(1);
            }
            return "%-9d %10d %8d %10.1f %8.2f %14d"
                    .formatted(replicas, documents, chunks, seconds, documents / seconds, bytes / Math.max(1, chunks));
        } finally {
            for (LecternProcess process : processes) {
                process.close();
            }
        }
    }

    /** A unique report of about 2,000 words: a dozen chunks of the default size. */
    static String report(int i) {
        StringBuilder text = new StringBuilder("# Operations review " + i + "\n\n");
        for (int section = 0; section < 8; section++) {
            text.append("## Region ")
                    .append(section)
                    .append(" of review ")
                    .append(i)
                    .append("\n\n");
            for (int p = 0; p < 3; p++) {
                text.append("In review ")
                        .append(i)
                        .append(", region ")
                        .append(section)
                        .append(" reported steady demand, shorter delivery times and lower returns. ")
                        .append("Suppliers were audited, contracts renewed and staff trained on the new tools. "
                                .repeat(4))
                        .append("\n\n");
            }
        }
        return text.toString();
    }
}
