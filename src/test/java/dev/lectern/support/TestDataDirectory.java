package dev.lectern.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives every application context of a test run a data directory of its own under target/. */
public final class TestDataDirectory {

    private TestDataDirectory() {}

    public static Path create() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, "lectern-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void register(DynamicPropertyRegistry registry) {
        Path dir = create();
        registry.add("lectern.data-dir", dir::toString);
        // tests never download the default model from the internet
        registry.add("lectern.generation.pull-default-on-start", () -> "false");
        registry.add("lectern.security.admin.username", () -> Api.ADMIN);
        registry.add("lectern.security.admin.password", () -> Api.ADMIN_PASSWORD);
        // all tests of a context share the administrator's key; the limit itself is tested on its own
        registry.add("lectern.security.requests-per-minute", () -> "1000000");
    }
}
