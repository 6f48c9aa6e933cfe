package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Administrators see the ingestion queue and act on it. No worker runs in this application, so a job stays
 * where the test puts it.
 */
@TestPropertySource(properties = "lectern.ingestion.jobs.workers=0")
class IngestionJobsAdminApiTests extends ApiTest {

    private static final String JOBS = "/api/v1/admin/ingestion/jobs";

    @Test
    void aQueuedJobIsListedCancelledWithAReasonAndRetried() {
        String document = upload("queued-" + UUID.randomUUID() + ".md");
        JsonNode queued = jobOf(document, "QUEUED");
        String job = queued.get("id").asString();

        Api.Response cancelled = api.postJson(JOBS + "/" + job + "/cancel", "{}");
        Api.Response again = api.postJson(JOBS + "/" + job + "/cancel", "{}");
        JsonNode failedDocument = api.get("/api/v1/documents/" + document).json();

        assertThat(queued.get("attempts").asInt()).isZero();
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(jobOf(document, "CANCELLED").get("id").asString()).isEqualTo(job);
        assertThat(failedDocument.get("status").asString()).isEqualTo("FAILED");
        assertThat(failedDocument.get("error").asString()).contains("Cancelled by an administrator");
        assertThat(again.status()).isEqualTo(409);

        Api.Response retried = api.postJson(JOBS + "/" + job + "/retry", "{}");

        assertThat(retried.status()).isEqualTo(202);
        assertThat(api.get("/api/v1/documents/" + document).json().get("status").asString())
                .isEqualTo("QUEUED");
        assertThat(jobOf(document, "QUEUED").get("id").asString()).isNotEqualTo(job);
    }

    @Test
    void pagesAreBoundedAndBadRequestsAreExplained() {
        upload("one-" + UUID.randomUUID() + ".md");
        upload("two-" + UUID.randomUUID() + ".md");

        JsonNode first = api.get(JOBS + "?size=1").json();

        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("totalPages").asLong())
                .isEqualTo(first.get("totalItems").asLong());
        assertThat(api.get(JOBS + "?state=SLEEPING").status()).isEqualTo(400);
        assertThat(api.get(JOBS + "?size=1000").status()).isEqualTo(400);
        assertThat(api.postJson(JOBS + "/" + UUID.randomUUID() + "/retry", "{}").status())
                .isEqualTo(404);
    }

    private JsonNode jobOf(String document, String state) {
        for (JsonNode job :
                api.get(JOBS + "?state=" + state + "&size=200").json().get("items")) {
            if (job.get("documentId").toString().contains(document)) {
                return job;
            }
        }
        throw new AssertionError("No " + state + " job for document " + document);
    }

    private String upload(String name) {
        String workspace = api.createWorkspace("Jobs " + UUID.randomUUID());
        Api.Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                ("# " + name + "\n\nA document waiting in the queue " + name + ".\n").getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(202);
        return uploaded.json().get("id").asString();
    }
}
