package dev.lectern.generation.llamacpp;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a model switch costs in one process: loads model A, closes it, loads B, closes it, loads A again,
 * printing RSS after each step. The figures decide the switching policy (see README).
 */
public final class ModelSwitchMemory {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench-models"));
        Path a = GenerationBenchmark.generated(dir, ModelShape.QWEN25_05B, GgufWriter.Type.Q4_0);
        Path b = GenerationBenchmark.generated(dir, ModelShape.QWEN25_05B, GgufWriter.Type.Q8_0);
        System.setProperty(
                "de.kherud.llama.tmpdir",
                Files.createDirectories(Path.of("target/bench-native")).toString());
        System.out.printf("| %-52s | %10s |%n", "step", "RSS (MB)");
        print("start");
        for (Path file : new Path[] {a, b, a}) {
            LlamaModel model = new LlamaModel(new ModelParameters()
                    .setModel(file.toString())
                    .setThreads(2)
                    .setCtxSize(2048));
            model.complete(new InferenceParameters("w1 w2 w3").setNPredict(4));
            print("loaded and used " + file.getFileName() + " (" + (Files.size(file) >> 20) + " MB)");
            model.close();
            System.gc();
            print("closed " + file.getFileName());
        }
        System.exit(0);
    }

    private static void print(String step) {
        System.out.printf("| %-52s | %10.0f |%n", step, Rss.kilobytes() / 1024.0);
    }
}
