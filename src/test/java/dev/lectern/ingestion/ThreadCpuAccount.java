package dev.lectern.ingestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds of this process by thread group (name without its number), read from Linux's {@code /proc}. Unlike
 * a Java profiler it sees native threads too (garbage collector, JIT compilers, the ONNX runtime's work on the
 * embedding threads). Threads that end between two readings lose what they used since the last one, so the
 * account is read often (every 500 ms) by a daemon thread.
 */
final class ThreadCpuAccount implements AutoCloseable {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    /** Last reading per thread id: its group and CPU ticks. */
    private final Map<String, Reading> readings = new HashMap<>();

    private final Map<String, Long> baseline;
    private final Thread reader;

    record Reading(String group, long ticks) {}

    ThreadCpuAccount() {
        read();
        baseline = byGroup();
        reader = Thread.ofPlatform().daemon().name("cpu-account").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                read();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Stops reading and prints the CPU seconds each group used since the account was opened. */
    @Override
    public void close() throws InterruptedException {
        reader.interrupt();
        reader.join();
        read();
        Map<String, Long> now = byGroup();
        long total = 0;
        Map<String, Double> used = new TreeMap<>();
        for (var entry : now.entrySet()) {
            long ticks = entry.getValue() - baseline.getOrDefault(entry.getKey(), 0L);
            if (ticks > 0) {
                used.put(entry.getKey(), ticks / TICKS_PER_SECOND);
                total += ticks;
            }
        }
        System.out.println("\n| thread group | CPU s | share |\n|---|---:|---:|");
        double sum = total / TICKS_PER_SECOND;
        used.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf(
                        Locale.ROOT, "| %s | %.1f | %.0f %% |%n", e.getKey(), e.getValue(), 100 * e.getValue() / sum));
        System.out.printf(Locale.ROOT, "| all | %.1f | |%n", sum);
    }

    private synchronized Map<String, Long> byGroup() {
        Map<String, Long> groups = new HashMap<>();
        readings.values().forEach(r -> groups.merge(r.group(), r.ticks(), Long::sum));
        return groups;
    }

    private synchronized void read() {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // "tid (comm) state ..." – the name may hold spaces and brackets, so cut at the last ')'
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    readings.put(task.getFileName().toString(), new Reading(group(name), ticks));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read: its last reading stays
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + TASKS, e);
        }
    }

    private static String group(String name) {
        return name.replaceAll("[#\\-]?\\d+$", "")
                .replaceAll("-[0-9a-f]{8}", "")
                .strip();
    }
}
