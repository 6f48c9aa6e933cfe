package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lectern.support.Api;
import dev.lectern.support.TestDataDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clicks through the pages the jar serves at / in headless Chromium, as a user would: runs the scripts in
 * {@code frontend/e2e} (playwright-core driving /usr/bin/chromium) against this server, in order, the first on
 * a server with no workspaces yet. A canned language model stands in for a model file.
 *
 * <p>It never skips: without the built frontend or without Chromium it fails and says how to get them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CannedChatModel.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String WORKSPACES = "frontend/e2e/workspaces.e2e.mjs";
    private static final String JOURNEYS = "frontend/e2e/journeys.e2e.mjs";
    private static final String ADMINISTRATION = "frontend/e2e/admin.e2e.mjs";
    private static final long TIMEOUT_MINUTES = 5;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry);
    }

    @LocalServerPort
    int port;

    /** Runs before the application starts, so that a missing prerequisite fails at once. */
    @BeforeAll
    static void requirePrerequisites() {
        if (!new ClassPathResource("static/index.html").exists()) {
            fail("static/index.html is not on the classpath: build the frontend (run without -Dskip.frontend)");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            fail("No browser at " + CHROMIUM + ": install chromium: apt-get install chromium"
                    + " (or run frontend/e2e/install-browser.sh)");
        }
        for (String script : new String[] {WORKSPACES, JOURNEYS, ADMINISTRATION}) {
            if (!Files.isRegularFile(ROOT.resolve(script))) {
                fail("No " + script + " under " + ROOT + ": run the tests from the project root");
            }
        }
        if (!Files.isDirectory(ROOT.resolve("frontend/node_modules/playwright-core"))) {
            fail("playwright-core is not installed: run npm ci in frontend/ (or run without -Dskip.frontend)");
        }
    }

    @Test
    @Order(1)
    void workspacesPageWorksInABrowser() throws Exception {
        run(WORKSPACES);
    }

    /** Upload, ask and open a citation, summarize, write and export a report, admin; axe checks each page. */
    @Test
    @Order(2)
    void everyJourneyWorksInABrowser() throws Exception {
        run(JOURNEYS);
    }

    /**
     * Users, an API key shown once, working, then revoked, the audit log and its CSV, workspace members, and
     * signing out and in again; axe checks each page.
     */
    @Test
    @Order(3)
    void administrationWorksInABrowser() throws Exception {
        run(ADMINISTRATION);
    }

    private void run(String script) throws Exception {
        Path screenshots = ROOT.resolve("target/e2e-screenshots");
        ProcessBuilder builder =
                new ProcessBuilder("node", script).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("LECTERN_URL", "http://localhost:" + port);
        builder.environment().put("LECTERN_SCREENSHOT_DIR", screenshots.toString());
        // the scripts sign in through the page, as the bootstrap administrator of this test server
        builder.environment().put("LECTERN_E2E_USER", Api.ADMIN);
        builder.environment().put("LECTERN_E2E_PASSWORD", Api.ADMIN_PASSWORD);
        // a checkout outside the project folder (a git worktree) names the data sets in LECTERN_DATASETS
        builder.environment()
                .putIfAbsent(
                        "LECTERN_DATASETS", ROOT.resolve("../shared/datasets").toString());

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Could not start node (is Node.js on PATH?): " + e.getMessage(), e);
        }
        StringBuffer output = new StringBuffer();
        Thread reader = Thread.ofVirtual().start(() -> copyLines(process, output));

        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(5));
            fail("%s did not finish within %d minutes; its output:%n%s", script, TIMEOUT_MINUTES, output);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(process.exitValue())
                .withFailMessage("%s exited with %d; its output:%n%s", script, process.exitValue(), output)
                .isZero();
        assertThat(output.toString()).contains("checks passed");
    }

    /** Echoes the script's output as it comes (into the failsafe report) and keeps it for the assertion. */
    private static void copyLines(Process process, StringBuffer output) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println("[e2e] " + line);
                output.append(line).append(System.lineSeparator());
            }
        } catch (IOException e) {
            output.append("(output cut short: ").append(e.getMessage()).append(')');
        }
    }
}
