package dev.lectern.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lectern running as its own process from the packaged jar, as an operator runs it, so that tests can kill
 * it with SIGKILL and start it again on the same data.
 */
public final class LecternProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "lectern.jar");

    private final Process process;
    private final int port;

    private Path logFile;

    private LecternProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar with the given data directory and extra {@code --name=value} arguments. */
    public static LecternProcess start(Path dataDir, int port, List<String> arguments) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("target/lectern.jar is missing: run the integration tests with"
                    + " './mvnw verify', which packages the jar first.");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "--add-modules",
                "jdk.incubator.vector",
                "-jar",
                JAR.toString(),
                "--server.port=" + port,
                "--lectern.data-dir=" + dataDir,
                "--lectern.generation.pull-default-on-start=false")); // tests never reach the network
        command.addAll(Api.serverArguments());
        command.addAll(arguments);
        Path logFile = dataDir.resolve("lectern-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        LecternProcess lectern = new LecternProcess(process, port);
        lectern.logFile = logFile;
        try {
            lectern.awaitReady(Duration.ofSeconds(240));
        } catch (RuntimeException notReady) {
            process.destroyForcibly(); // never leave a half-started server behind a failed test
            throw new IllegalStateException(notReady.getMessage() + "; its log: " + logFile, notReady);
        }
        return lectern;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public Api api() {
        return new Api(port);
    }

    /** Everything the process wrote to standard output and error. */
    public Path logFile() {
        return logFile;
    }

    /** SIGTERM, as Kubernetes sends it, and the exit code once the process has stopped by itself. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("Lectern did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as in a crash or an OOM kill. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitReady(Duration timeout) {
        Api api = Api.anonymous(port);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Lectern exited with code " + process.exitValue() + " while starting");
            }
            try {
                if (api.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused until Tomcat listens
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Lectern not ready after " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
