package dev.lectern.studio;

import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.retrieval.evaluation.BeirDataset;
import dev.lectern.retrieval.evaluation.SciFactToBeir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures the citation check's thresholds on SciFact's test claims: each claim against the abstract that is its
 * evidence (supported), against a random other abstract (unsupported) and against the most similar abstract that
 * is not its evidence (unsupported, and on topic: the harder case of an invented sentence). Thresholds are chosen
 * on the even claims and reported on the odd ones. Prints tables. Arguments: BEIR folder, embedding cache.
 */
public final class CitationCheckCalibration {

    /** One sentence-passage pair and whether the passage is the sentence's evidence. */
    record Pair(boolean supported, boolean hard, double similarity, double overlap, boolean calibration) {}

    private static final double MIN_KEPT = 0.85;

    private CitationCheckCalibration() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/scifact-beir");
        if (!Files.exists(folder.resolve("corpus.jsonl"))) {
            SciFactToBeir.write(folder);
        }
        BeirDataset data = BeirDataset.read(folder, "test");
        List<Pair> pairs;
        try (CachedEmbeddings embeddings =
                CachedEmbeddings.open(Path.of(args.length > 1 ? args[1] : "target/scifact-embeddings.bin"))) {
            pairs = pairs(data, embeddings);
        }
        System.out.printf(
                "pairs: %d supported, %d random unsupported, %d on-topic unsupported%n%n",
                count(pairs, p -> p.supported()),
                count(pairs, p -> !p.supported() && !p.hard()),
                count(pairs, p -> p.hard()));
        percentiles(pairs);
        // thresholds that best separate evidence from both kinds of non-evidence, on the calibration half
        // both must pass, as in CitationCheck; kept evidence >= 85 % on the calibration half, because a flag on a
        // true sentence costs the reader's trust in the flags; among those, the most non-evidence flagged
        double[] best = {0, 0, -1};
        for (double sim = 0.40; sim <= 0.9001; sim += 0.01) {
            for (double o = 0; o <= 1.0001; o += 0.05) {
                int[] random = counts(pairs, sim, o, true, false);
                int[] onTopic = counts(pairs, sim, o, true, true);
                double kept = random[0] / (double) (random[0] + random[1]);
                double flagged =
                        random[2] / (double) (random[2] + random[3]) + onTopic[2] / (double) (onTopic[2] + onTopic[3]);
                if (kept >= MIN_KEPT && flagged > best[2]) {
                    best = new double[] {sim, o, flagged};
                }
            }
        }
        System.out.printf("%nchosen on the even claims: similarity >= %.2f and overlap >= %.2f%n%n", best[0], best[1]);
        System.out.println(
                "| rule, scored on the odd claims | negatives | supported kept (recall) | unsupported flagged"
                        + " (recall) | precision of flags | precision of 'supported' |");
        System.out.println("|---|---|---|---|---|---|");
        for (double[] rule : new double[][] {best, {best[0], 0}, {0, best[1]}}) {
            for (boolean hard : new boolean[] {false, true}) {
                row(pairs, rule[0], rule[1], hard);
            }
        }
        System.exit(0);
    }

    private static List<Pair> pairs(BeirDataset data, CachedEmbeddings embeddings) {
        List<String> ids = new ArrayList<>(data.corpus().keySet());
        List<float[]> corpus =
                embeddings.embed(ids.stream().map(id -> passage(data, id)).toList());
        List<String> queries = new ArrayList<>(data.queries().keySet());
        List<float[]> claims = embeddings.embed(
                queries.stream().map(q -> data.queries().get(q)).toList());
        Random random = new Random(42);
        List<Pair> pairs = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            String claim = data.queries().get(queries.get(q));
            Map<String, Integer> relevant = data.qrels().get(queries.get(q));
            boolean calibration = q % 2 == 0;
            int hard = -1;
            for (int d = 0; d < ids.size(); d++) {
                if (relevant.getOrDefault(ids.get(d), 0) > 0) {
                    pairs.add(pair(
                            true, false, claims.get(q), corpus.get(d), claim, passage(data, ids.get(d)), calibration));
                } else if (hard < 0
                        || CitationCheck.cosine(claims.get(q), corpus.get(d))
                                > CitationCheck.cosine(claims.get(q), corpus.get(hard))) {
                    hard = d;
                }
            }
            int other;
            do {
                other = random.nextInt(ids.size());
            } while (relevant.getOrDefault(ids.get(other), 0) > 0);
            pairs.add(pair(
                    false, false, claims.get(q), corpus.get(other), claim, passage(data, ids.get(other)), calibration));
            pairs.add(pair(
                    false, true, claims.get(q), corpus.get(hard), claim, passage(data, ids.get(hard)), calibration));
        }
        return pairs;
    }

    private static Pair pair(
            boolean supported,
            boolean hard,
            float[] claim,
            float[] passage,
            String claimText,
            String passageText,
            boolean calibration) {
        return new Pair(
                supported,
                hard,
                CitationCheck.cosine(claim, passage),
                CitationCheck.overlap(claimText, passageText),
                calibration);
    }

    /** As the product embeds a chunk: breadcrumb (the title) and text. */
    private static String passage(BeirDataset data, String id) {
        var p = data.corpus().get(id);
        return p.title().isEmpty() ? p.text() : p.title() + "\n" + p.text();
    }

    private static boolean passes(Pair p, double similarity, double overlap) {
        return p.similarity() >= similarity && p.overlap() >= overlap;
    }

    /** kept evidence, flagged evidence, flagged non-evidence, kept non-evidence. */
    private static int[] counts(List<Pair> pairs, double s, double o, boolean calibration, boolean hard) {
        int[] c = new int[4];
        for (Pair p : pairs) {
            if (p.calibration() != calibration || (!p.supported() && p.hard() != hard)) {
                continue;
            }
            boolean pass = passes(p, s, o);
            c[p.supported() ? (pass ? 0 : 1) : (pass ? 3 : 2)]++;
        }
        return c;
    }

    private static void row(List<Pair> pairs, double s, double o, boolean hard) {
        int[] c = counts(pairs, s, o, false, hard);
        System.out.printf(
                "| similarity >= %.2f and overlap >= %.2f | %s | %.3f | %.3f | %.3f | %.3f |%n",
                s,
                o,
                hard ? "on-topic" : "random",
                c[0] / (double) (c[0] + c[1]),
                c[2] / (double) (c[2] + c[3]),
                c[2] / (double) Math.max(1, c[1] + c[2]),
                c[0] / (double) Math.max(1, c[0] + c[3]));
    }

    private static void percentiles(List<Pair> pairs) {
        System.out.println("| pairs | similarity p10 | p50 | p90 | overlap p10 | p50 | p90 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String kind : List.of("evidence", "random", "on-topic")) {
            List<Pair> some = pairs.stream()
                    .filter(p -> switch (kind) {
                        case "evidence" -> p.supported();
                        case "random" -> !p.supported() && !p.hard();
                        default -> p.hard();
                    })
                    .toList();
            double[] sim = some.stream().mapToDouble(Pair::similarity).sorted().toArray();
            double[] ov = some.stream().mapToDouble(Pair::overlap).sorted().toArray();
            System.out.printf(
                    "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    kind, at(sim, 0.1), at(sim, 0.5), at(sim, 0.9), at(ov, 0.1), at(ov, 0.5), at(ov, 0.9));
        }
    }

    private static double at(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, q * sorted.length)];
    }

    private static long count(List<Pair> pairs, java.util.function.Predicate<Pair> which) {
        return pairs.stream().filter(which).count();
    }
}
