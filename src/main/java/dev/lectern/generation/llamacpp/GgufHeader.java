package dev.lectern.generation.llamacpp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a GGUF file says about itself, read in Java so that a truncated, foreign or corrupt file is refused
 * with a reason before llama.cpp's native loader can crash the process on it.
 *
 * @param architecture general.architecture, e.g. llama or qwen2
 * @param name general.name, if present
 * @param contextLength the context the model was trained for (0 if unknown)
 * @param chatTemplate tokenizer.chat_template, or null (then ChatML is used)
 * @param tensors number of tensors
 */
public record GgufHeader(String architecture, String name, long contextLength, String chatTemplate, long tensors) {

    private static final int MAGIC = 0x46554747; // "GGUF" read little-endian

    /** Reads and checks the header, the metadata and the tensor table against the file's length. */
    public static GgufHeader read(Path file) throws IOException {
        long length = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Reader in = new Reader(new DataInputStream(raw));
            if (length < 24 || in.u32() != MAGIC) {
                throw new InvalidModelFile(file + " is not a GGUF model file (wrong magic bytes).");
            }
            int version = in.u32();
            if (version < 2 || version > 3) {
                throw new InvalidModelFile(file + " has GGUF version " + version + "; versions 2 and 3 are supported.");
            }
            long tensors = in.count(1_000_000, "tensors");
            long entries = in.count(100_000, "metadata entries");
            Map<String, Object> meta = new HashMap<>();
            for (long i = 0; i < entries; i++) {
                String key = in.string();
                meta.put(key, in.value(in.u32()));
            }
            long tableEnd = 0;
            for (long i = 0; i < tensors; i++) {
                in.string();
                int dims = in.u32();
                if (dims < 1 || dims > 4) {
                    throw new InvalidModelFile(file + " has a tensor with " + dims + " dimensions.");
                }
                long elements = 1;
                for (int d = 0; d < dims; d++) {
                    elements = Math.multiplyExact(elements, in.count(Long.MAX_VALUE, "tensor size"));
                }
                int type = in.u32();
                long offset = in.count(Long.MAX_VALUE, "tensor offset");
                tableEnd = Math.max(tableEnd, offset + TensorTypes.bytes(type, elements));
            }
            long alignment = meta.get("general.alignment") instanceof Number n ? n.longValue() : 32;
            long dataStart = (in.position() + alignment - 1) / alignment * alignment;
            if (dataStart + tableEnd > length) {
                throw new InvalidModelFile("%s is truncated: its tensors need %d bytes, the file has %d."
                        .formatted(file, dataStart + tableEnd, length));
            }
            String arch = String.valueOf(meta.get("general.architecture"));
            Object context = meta.get(arch + ".context_length");
            return new GgufHeader(
                    arch,
                    (String) meta.get("general.name"),
                    context instanceof Number n ? n.longValue() : 0,
                    (String) meta.get("tokenizer.chat_template"),
                    tensors);
        } catch (EOFException e) {
            throw new InvalidModelFile(file + " is truncated: it ends inside its header.");
        } catch (ArithmeticException | ClassCastException e) {
            throw new InvalidModelFile(file + " has a corrupt header.");
        }
    }

    /** Little-endian reads with limits, so that a corrupt count cannot make us allocate gigabytes. */
    private static final class Reader {
        private final DataInputStream in;
        private long position;

        Reader(DataInputStream in) {
            this.in = in;
        }

        long position() {
            return position;
        }

        int u32() throws IOException {
            position += 4;
            return Integer.reverseBytes(in.readInt());
        }

        long u64() throws IOException {
            position += 8;
            return Long.reverseBytes(in.readLong());
        }

        long count(long max, String what) throws IOException {
            long value = u64();
            if (value < 0 || value > max) {
                throw new InvalidModelFile("The GGUF header claims " + value + " " + what + ".");
            }
            return value;
        }

        String string() throws IOException {
            int size = (int) count(64L << 20, "bytes in one string");
            byte[] bytes = in.readNBytes(size);
            if (bytes.length < size) {
                throw new EOFException();
            }
            position += size;
            return new String(bytes, StandardCharsets.UTF_8);
        }

        Object value(int type) throws IOException {
            return switch (type) {
                case 0, 1, 7 -> {
                    position += 1;
                    yield (long) in.readByte();
                }
                case 2, 3 -> {
                    position += 2;
                    yield (long) Short.reverseBytes(in.readShort());
                }
                case 4, 5 -> (long) u32();
                case 6 -> (double) Float.intBitsToFloat(u32());
                case 8 -> string();
                case 9 -> array();
                case 10, 11 -> u64();
                case 12 -> Double.longBitsToDouble(u64());
                default -> throw new InvalidModelFile("Unknown GGUF metadata type " + type + ".");
            };
        }

        private Object array() throws IOException {
            int type = u32();
            long size = count(50_000_000, "array items");
            for (long i = 0; i < size; i++) {
                value(type); // arrays (the vocabulary) are checked, not kept
            }
            return size;
        }
    }
}
