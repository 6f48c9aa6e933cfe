package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.SearchMode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code java -jar lectern.jar eval retrieval --dataset DIR [--backend lucene|pgvector] [--split test] [--modes vector,keyword,hybrid]}: evaluates
 * retrieval on a BEIR data set and prints a table. It runs in a scratch data directory, removed afterwards;
 * pgvector uses the database from SPRING_DATASOURCE_* and leaves no rows behind.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {}

    public static boolean handles(String[] args) {
        return args.length >= 2 && args[0].equals("eval") && args[1].equals("retrieval");
    }

    public static int run(Class<?> application, String[] args) throws Exception {
        return run(application, args, System.out, System.err);
    }

    /** Runs the command; 0 when it printed the table, 1 for a bad data set, 2 for a bad command line. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) throws Exception {
        Path dataset = Path.of(option(args, "--dataset", ""));
        String backend = option(args, "--backend", "lucene");
        String split = option(args, "--split", "test");
        List<SearchMode> modes;
        try {
            modes = RetrievalEvaluation.modes(List.of(option(args, "--modes", "")));
            if (!backend.equals("lucene") && !backend.equals("pgvector")) {
                throw new IllegalArgumentException("'%s' is not a backend: use lucene or pgvector.".formatted(backend));
            }
            BeirDataset.requireFiles(dataset, split);
        } catch (IllegalArgumentException | InvalidDataset e) {
            err.println(e.getMessage());
            err.println(
                    "Usage: eval retrieval --dataset DIR [--backend lucene|pgvector] [--split test] [--modes vector,keyword,hybrid]");
            return 2;
        }
        BeirDataset data;
        try {
            data = BeirDataset.read(dataset, split);
        } catch (InvalidDataset e) {
            err.println(e.getMessage());
            return 1;
        }
        List<String> properties =
                new ArrayList<>(List.of("logging.level.root=warn", "lectern.ingestion.jobs.workers=0"));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE);
        // a data directory of its own: Lucene's index and H2 (or, with pgvector, only caches) stay out of ./data
        Path scratchDir = Files.createTempDirectory("lectern-eval-");
        properties.add("lectern.data-dir=" + scratchDir);
        if (backend.equals("pgvector")) {
            builder.profiles("postgres");
        }
        // as command-line arguments: builder.properties() are defaults, which application.yml would override
        String[] arguments = properties.stream().map(p -> "--" + p).toArray(String[]::new);
        try (ConfigurableApplicationContext context = builder.run(arguments)) {
            out.printf(
                    "Evaluating %s (%d documents, %d queries, split %s) on %s%n",
                    data.name(), data.corpus().size(), data.queries().size(), split, backend);
            List<RetrievalEvaluation.ModeResult> results =
                    context.getBean(RetrievalEvaluation.class).evaluate(data, modes, printer(out));
            out.println("\n| mode | nDCG@10 | Recall@10 | Recall@100 | MRR@10 | p50 ms | p95 ms |");
            out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (var r : results) {
                out.printf(
                        Locale.ROOT,
                        "| %s | %.4f | %.4f | %.4f | %.4f | %.1f | %.1f |%n",
                        r.mode().name().toLowerCase(Locale.ROOT),
                        r.ndcg10(),
                        r.recall10(),
                        r.recall100(),
                        r.mrr10(),
                        r.p50Millis(),
                        r.p95Millis());
            }
        } finally {
            FileSystemUtils.deleteRecursively(scratchDir);
        }
        return 0;
    }

    private static RetrievalEvaluation.Progress printer(PrintStream out) {
        return new RetrievalEvaluation.Progress() {
            @Override
            public void indexed(int documents, int total) {
                out.printf("  Indexed %d of %d documents%n", documents, total);
            }

            @Override
            public void searched(SearchMode mode, int queries, int total) {
                if (queries == 0) {
                    out.printf("  Running %d queries in %s mode%n", total, mode);
                }
            }
        };
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
