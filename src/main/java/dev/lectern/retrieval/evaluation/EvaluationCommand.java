package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar lectern.jar eval retrieval --dataset DIR [--backend lucene|pgvector] [--split test] [--modes vector,keyword,hybrid]}: evaluates
 * retrieval on a BEIR data set and prints a table. Lucene runs in a scratch data directory; pgvector uses the
 * database from SPRING_DATASOURCE_* and leaves no rows behind.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {}

    public static boolean handles(String[] args) {
        return args.length >= 2 && args[0].equals("eval") && args[1].equals("retrieval");
    }

    public static int run(Class<?> application, String[] args) throws Exception {
        Path dataset = Path.of(option(args, "--dataset", ""));
        String backend = option(args, "--backend", "lucene");
        String split = option(args, "--split", "test");
        if (!Files.isDirectory(dataset)) {
            System.err.println(
                    "Usage: eval retrieval --dataset DIR [--backend lucene|pgvector] [--split test] [--modes vector,keyword,hybrid]");
            return 2;
        }
        List<String> properties =
                new ArrayList<>(List.of("logging.level.root=warn", "lectern.ingestion.jobs.workers=0"));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE);
        if (backend.equals("pgvector")) {
            builder.profiles("postgres");
        } else {
            properties.add("lectern.data-dir=" + Files.createTempDirectory("lectern-eval-"));
        }
        try (ConfigurableApplicationContext context =
                builder.properties(properties.toArray(String[]::new)).run()) {
            BeirDataset data = BeirDataset.read(dataset, split);
            System.out.printf(
                    "Evaluating %s (%d documents, %d queries, split %s) on %s%n",
                    data.name(), data.corpus().size(), data.queries().size(), split, backend);
            List<RetrievalEvaluation.ModeResult> results = context.getBean(RetrievalEvaluation.class)
                    .evaluate(
                            data,
                            modes(option(args, "--modes", "vector,keyword,hybrid")),
                            message -> System.out.println("  " + message));
            System.out.println("\n| mode | nDCG@10 | Recall@10 | Recall@100 | MRR@10 | p50 ms | p95 ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (var r : results) {
                System.out.printf(
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
        }
        return 0;
    }

    private static List<SearchMode> modes(String list) {
        return Arrays.stream(list.split(","))
                .map(mode -> SearchMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)))
                .toList();
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
