package dev.lectern.generation.gguf;

/** The hyper-parameters that decide a model's size and speed. */
public record ModelShape(
        String name,
        String architecture,
        int vocabulary,
        int embedding,
        int layers,
        int heads,
        int kvHeads,
        int feedForward,
        int contextLength) {

    /** Qwen2.5-0.5B-Instruct's shapes (tied embeddings). */
    public static final ModelShape QWEN25_05B =
            new ModelShape("Qwen2.5-0.5B-shaped", "qwen2", 151_936, 896, 24, 14, 2, 4864, 32_768);

    /** Qwen2.5-1.5B-Instruct's shapes (tied embeddings). */
    public static final ModelShape QWEN25_15B =
            new ModelShape("Qwen2.5-1.5B-shaped", "qwen2", 151_936, 1536, 28, 12, 2, 8960, 32_768);

    /** A tiny Llama for fast tests. */
    public static final ModelShape TINY_LLAMA = new ModelShape("tiny-llama", "llama", 512, 64, 2, 4, 2, 128, 2048);
}
