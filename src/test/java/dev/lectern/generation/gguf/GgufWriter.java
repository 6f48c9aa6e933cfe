package dev.lectern.generation.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes GGUF v3 model files with a real architecture's shapes and random weights: test fixtures and
 * realistic-size models for benchmarks (speed depends on shapes, not on what the weights say).
 */
public final class GgufWriter {

    /** ggml tensor types the writer can fill. */
    public enum Type {
        F32(0, 0, 1, 4),
        Q4_0(2, 2, 32, 18),
        Q8_0(8, 7, 32, 34);

        final int ggml;
        final int fileType;
        final int block;
        final int blockBytes;

        Type(int ggml, int fileType, int block, int blockBytes) {
            this.ggml = ggml;
            this.fileType = fileType;
            this.block = block;
            this.blockBytes = blockBytes;
        }

        long bytes(long elements) {
            return elements / block * blockBytes;
        }
    }

    private record Tensor(String name, long[] dims, Type type) {
        long elements() {
            long n = 1;
            for (long d : dims) n *= d;
            return n;
        }
    }

    private static final int ALIGN = 32;

    private GgufWriter() {}

    /** Writes a model of the given shape; weights are quantized with {@code type}, norms stay F32. */
    public static Path write(Path file, ModelShape shape, Type type, String chatTemplate) throws IOException {
        Map<String, Object> meta = metadata(shape, type, chatTemplate);
        List<Tensor> tensors = tensors(shape, type);
        try (FileChannel out = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            Buffer head = new Buffer(out);
            head.u32(0x46554747).u32(3).u64(tensors.size()).u64(meta.size());
            meta.forEach(head::keyValue);
            long offset = 0;
            for (Tensor tensor : tensors) {
                head.string(tensor.name()).u32(tensor.dims().length);
                for (long d : tensor.dims()) head.u64(d);
                head.u32(tensor.type().ggml).u64(offset);
                offset = align(offset + tensor.type().bytes(tensor.elements()));
            }
            head.pad(ALIGN);
            WeightStream weights = new WeightStream(new SplittableRandom(shape.hashCode()));
            for (Tensor tensor : tensors) {
                long bytes = tensor.type().bytes(tensor.elements());
                weights.write(head, tensor.type(), bytes, tensor.name().endsWith("norm.weight"));
                head.pad(ALIGN);
            }
            head.flush();
        }
        return file;
    }

    private static long align(long offset) {
        return (offset + ALIGN - 1) / ALIGN * ALIGN;
    }

    private static Map<String, Object> metadata(ModelShape s, Type type, String chatTemplate) {
        Map<String, Object> meta = new LinkedHashMap<>();
        String a = s.architecture();
        meta.put("general.architecture", a);
        meta.put("general.name", s.name());
        meta.put("general.file_type", type.fileType);
        meta.put(a + ".context_length", s.contextLength());
        meta.put(a + ".embedding_length", s.embedding());
        meta.put(a + ".block_count", s.layers());
        meta.put(a + ".feed_forward_length", s.feedForward());
        meta.put(a + ".attention.head_count", s.heads());
        meta.put(a + ".attention.head_count_kv", s.kvHeads());
        meta.put(a + ".attention.layer_norm_rms_epsilon", 1e-6f);
        meta.put(a + ".rope.freq_base", 1_000_000f);
        Vocabulary vocabulary = Vocabulary.of(s.vocabulary());
        meta.put("tokenizer.ggml.model", "llama");
        meta.put("tokenizer.ggml.tokens", vocabulary.tokens());
        meta.put("tokenizer.ggml.scores", vocabulary.scores());
        meta.put("tokenizer.ggml.token_type", vocabulary.types());
        meta.put("tokenizer.ggml.unknown_token_id", 0);
        meta.put("tokenizer.ggml.bos_token_id", 1);
        meta.put("tokenizer.ggml.eos_token_id", 2);
        if (chatTemplate != null) {
            meta.put("tokenizer.chat_template", chatTemplate);
        }
        return meta;
    }

    private static List<Tensor> tensors(ModelShape s, Type type) {
        long e = s.embedding();
        long kv = e / s.heads() * s.kvHeads();
        List<Tensor> tensors = new ArrayList<>();
        tensors.add(new Tensor("token_embd.weight", new long[] {e, s.vocabulary()}, type));
        tensors.add(new Tensor("output_norm.weight", new long[] {e}, Type.F32));
        for (int i = 0; i < s.layers(); i++) {
            String b = "blk." + i + ".";
            tensors.add(new Tensor(b + "attn_norm.weight", new long[] {e}, Type.F32));
            tensors.add(new Tensor(b + "attn_q.weight", new long[] {e, e}, type));
            tensors.add(new Tensor(b + "attn_k.weight", new long[] {e, kv}, type));
            tensors.add(new Tensor(b + "attn_v.weight", new long[] {e, kv}, type));
            if (s.architecture().equals("qwen2")) {
                tensors.add(new Tensor(b + "attn_q.bias", new long[] {e}, Type.F32));
                tensors.add(new Tensor(b + "attn_k.bias", new long[] {kv}, Type.F32));
                tensors.add(new Tensor(b + "attn_v.bias", new long[] {kv}, Type.F32));
            }
            tensors.add(new Tensor(b + "attn_output.weight", new long[] {e, e}, type));
            tensors.add(new Tensor(b + "ffn_norm.weight", new long[] {e}, Type.F32));
            tensors.add(new Tensor(b + "ffn_gate.weight", new long[] {e, s.feedForward()}, type));
            tensors.add(new Tensor(b + "ffn_up.weight", new long[] {e, s.feedForward()}, type));
            tensors.add(new Tensor(b + "ffn_down.weight", new long[] {s.feedForward(), e}, type));
        }
        return tensors;
    }

    /** Little-endian output through one reused buffer. */
    static final class Buffer {
        private final FileChannel out;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        private long written;

        Buffer(FileChannel out) {
            this.out = out;
        }

        private Buffer room(int bytes) {
            if (buffer.remaining() < bytes) {
                flush();
            }
            return this;
        }

        void flush() {
            buffer.flip();
            try {
                while (buffer.hasRemaining()) written += out.write(buffer);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            buffer.clear();
        }

        long position() {
            return written + buffer.position();
        }

        Buffer u32(int v) {
            room(4).buffer.putInt(v);
            return this;
        }

        Buffer u64(long v) {
            room(8).buffer.putLong(v);
            return this;
        }

        Buffer f32(float v) {
            room(4).buffer.putFloat(v);
            return this;
        }

        Buffer u8(byte v) {
            room(1).buffer.put(v);
            return this;
        }

        Buffer f16(short v) {
            room(2).buffer.putShort(v);
            return this;
        }

        Buffer string(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            u64(bytes.length);
            room(bytes.length).buffer.put(bytes);
            return this;
        }

        void pad(int alignment) {
            while (position() % alignment != 0) u8((byte) 0);
        }

        void keyValue(String key, Object value) {
            string(key);
            switch (value) {
                case Integer i -> u32(4).u32(i);
                case Float f -> u32(6).f32(f);
                case String s -> u32(8).string(s);
                case String[] items -> {
                    u32(9).u32(8).u64(items.length);
                    for (String item : items) string(item);
                }
                case float[] items -> {
                    u32(9).u32(6).u64(items.length);
                    for (float item : items) f32(item);
                }
                case int[] items -> {
                    u32(9).u32(5).u64(items.length);
                    for (int item : items) u32(item);
                }
                default -> throw new IllegalArgumentException("Unsupported metadata value " + value);
            }
        }
    }
}
