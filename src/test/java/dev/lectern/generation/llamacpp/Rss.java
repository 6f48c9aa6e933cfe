package dev.lectern.generation.llamacpp;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc (Linux), native allocations included. */
final class Rss {

    private Rss() {}

    static long kilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }
}
