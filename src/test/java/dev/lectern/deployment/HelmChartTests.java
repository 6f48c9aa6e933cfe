package dev.lectern.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.lectern.deployment.RenderedChart.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** helm/lectern lints cleanly and renders what an operator needs, for default and production-like values. */
class HelmChartTests {

    @Test
    void lintsWithoutWarningsInStrictMode() {
        LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void defaultsRunTwoServerReplicasWithProbesOnTheActuatorGroups() {
        RenderedChart chart = RenderedChart.render(t -> t);
        Node deployment = chart.one("Deployment");
        Node container = chart.container();

        assertThat(deployment.get("spec.replicas")).isEqualTo(2);
        assertThat(container.string("readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        assertThat(container.string("livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(container.string("startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        // startup gets minutes (migrations, index), liveness seconds
        assertThat((int) container.get("startupProbe.periodSeconds")
                        * (int) container.get("startupProbe.failureThreshold"))
                .isGreaterThanOrEqualTo(120);
        assertThat(chart.env("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(chart.env("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://");
        assertThat(chart.env("LECTERN_SECURITY_RATE_LIMIT_SYNC"))
                .as("replicas share the rate limit")
                .isEqualTo("1s");
        assertThat(chart.has("PodDisruptionBudget")).isTrue();
        assertThat(chart.has("HorizontalPodAutoscaler")).isFalse();
        assertThat(chart.has("StatefulSet"))
                .as("PostgreSQL is external by default")
                .isFalse();
    }

    @Test
    void databasePasswordComesFromASecretNeverFromTheConfigMap() {
        RenderedChart chart = RenderedChart.render(t -> t);

        Node password = chart.container().list("env").stream()
                .filter(e -> "SPRING_DATASOURCE_PASSWORD".equals(e.string("name")))
                .findFirst()
                .orElseThrow();
        assertThat(password.string("valueFrom.secretKeyRef.name")).isEqualTo("lectern-database");
        assertThat(chart.configMap().map("data").keySet()).noneMatch(k -> k.contains("PASSWORD"));
    }

    @Test
    void runsAsNonRootOnAReadOnlyRootFilesystemWithWritableVolumes() {
        RenderedChart chart = RenderedChart.render(t -> t);
        Node pod = chart.one("Deployment").node("spec.template.spec");
        Node container = chart.container();

        assertThat(pod.get("securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(pod.get("securityContext.runAsUser")).isEqualTo(10001);
        assertThat(container.get("securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(container.get("securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(container.get("securityContext.capabilities.drop")).isEqualTo(List.of("ALL"));
        assertThat(container.list("volumeMounts").stream().map(m -> m.string("mountPath")))
                .containsExactlyInAnyOrder("/data", "/data/files", "/data/models", "/data/cache", "/tmp");
        for (Node init : pod.list("initContainers")) {
            assertThat(init.get("securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        }
    }

    @Test
    void sizesMemoryForHeapPlusNativeModelMemory() {
        RenderedChart chart = RenderedChart.render(t -> t);
        Node resources = chart.container().node("resources");

        assertThat(resources.string("limits.memory")).isEqualTo("4Gi");
        assertThat(resources.string("requests.memory")).isEqualTo("4Gi");
        // the heap takes a fifth: the rest stays free for llama.cpp and ONNX Runtime outside the heap
        assertThat(chart.env("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=20");
    }

    @Test
    void pullsTheModelBeforeStartInAnInitContainerThatChecksItsHash() {
        RenderedChart chart = RenderedChart.render(t -> t.set("model.pull.sha256", "a".repeat(64)));
        Node init = chart.one("Deployment")
                .list("spec.template.spec.initContainers")
                .getFirst();

        assertThat(init.string("name")).isEqualTo("model-pull");
        assertThat(init.list("env").stream().map(e -> e.string("value"))).contains("a".repeat(64));
        assertThat(init.get("args").toString()).contains("sha256sum -c");
        assertThat(chart.env("LECTERN_GENERATION_MODEL")).isEqualTo("/data/models/qwen2.5-1.5b-instruct-q4_k_m.gguf");
    }

    @Test
    void productionValuesScaleWithAnAutoscalerBehindATlsIngress() {
        RenderedChart chart =
                RenderedChart.render(t -> t.withValuesFile(Path.of("src/test/resources/helm/production.yaml")));

        assertThat(chart.one("Deployment").get("spec.replicas"))
                .as("the autoscaler owns the replica count")
                .isNull();
        Node hpa = chart.one("HorizontalPodAutoscaler");
        assertThat(hpa.get("spec.minReplicas")).isEqualTo(3);
        assertThat(hpa.get("spec.maxReplicas")).isEqualTo(10);
        assertThat(hpa.string("spec.scaleTargetRef.name")).isEqualTo("lectern");
        Node ingress = chart.one("Ingress");
        assertThat(ingress.list("spec.tls").getFirst().string("secretName")).isEqualTo("lectern-tls");
        assertThat(chart.container().string("image")).isEqualTo("registry.example.com/lectern:0.1.0");
        assertThat(chart.container().string("resources.limits.memory")).isEqualTo("4Gi");
        assertThat(chart.has("ServiceMonitor")).isTrue();
    }

    @Test
    void productionValuesWireSingleSignOnLogsAndTracing() {
        RenderedChart chart =
                RenderedChart.render(t -> t.withValuesFile(Path.of("src/test/resources/helm/production.yaml")));

        assertThat(chart.env("LECTERN_SECURITY_OIDC_ENABLED")).isEqualTo("true");
        assertThat(chart.env("LECTERN_SECURITY_OIDC_ISSUER_URI")).isEqualTo("https://login.example.com/realms/corp");
        assertThat(chart.env("LECTERN_SECURITY_OIDC_CLIENT_ID")).isEqualTo("lectern");
        assertThat(chart.env("LECTERN_SECURITY_OIDC_CLIENT_SECRET")).isEqualTo("<from secret>");
        assertThat(chart.env("LECTERN_SECURITY_OIDC_SCOPES")).isEqualTo("openid,profile,email");
        // group names travel unchanged in the values, one indexed variable per group
        assertThat(chart.env("LECTERN_SECURITY_OIDC_ROLE_MAPPING_0")).isEqualTo("lectern-admins=ADMIN");
        assertThat(chart.env("LECTERN_SECURITY_OIDC_ROLE_MAPPING_1")).isEqualTo("lectern-editors=EDITOR");
        assertThat(chart.env("LECTERN_SECURITY_OIDC_DEFAULT_ROLE")).isEqualTo("VIEWER");
        assertThat(chart.env("SERVER_FORWARD_HEADERS_STRATEGY")).isEqualTo("native");
        assertThat(chart.env("LECTERN_ADMIN_PASSWORD")).isEqualTo("<from secret>");
        assertThat(chart.env("LOGGING_STRUCTURED_FORMAT_CONSOLE")).isEqualTo("ecs");
        assertThat(chart.env("MANAGEMENT_TRACING_EXPORT_ENABLED")).isEqualTo("true");
        assertThat(chart.env("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"))
                .isEqualTo("http://otel-collector.monitoring:4318/v1/traces");
        assertThat(chart.has("Secret")).as("every secret is an existing one").isFalse();
    }

    @Test
    void embeddedModeKeepsOneReplicaOnOneVolumeAndNeverOverlapsPods() {
        RenderedChart chart =
                RenderedChart.render(t -> t.set("mode", "embedded").set("replicaCount", 1));
        Node deployment = chart.one("Deployment");

        assertThat(deployment.string("spec.strategy.type")).isEqualTo("Recreate");
        assertThat(chart.env("SPRING_PROFILES_ACTIVE")).isNull();
        assertThat(chart.env("LECTERN_SECURITY_RATE_LIMIT_SYNC")).isNull();
        Map<String, Object> dataVolume = deployment.list("spec.template.spec.volumes").stream()
                .filter(v -> "data".equals(v.string("name")))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(dataVolume).containsKey("persistentVolumeClaim");
        assertThat(chart.has("PodDisruptionBudget")).isFalse();
    }

    @Test
    void inChartPostgresqlUsesThePgvectorImageAndTheAppPointsAtIt() {
        RenderedChart chart = RenderedChart.render(t -> t.set("postgresql.enabled", true)
                .set("database.existingSecret", "")
                .set("database.password", "pw"));

        Node postgres = chart.one("StatefulSet");
        assertThat(postgres.list("spec.template.spec.containers").getFirst().string("image"))
                .startsWith("pgvector/pgvector:");
        assertThat(chart.env("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://lectern-postgresql:5432/lectern");
        assertThat(chart.one("Secret").map("data")).containsKey("password");
    }

    @Test
    void shipsTheGrafanaDashboardForTheSidecarToPickUp() {
        RenderedChart chart = RenderedChart.render(t -> t);
        Node dashboard = new Node(chart.objects().stream()
                .filter(o -> new Node(o).string("metadata.name").equals("lectern-dashboard"))
                .findFirst()
                .orElseThrow());

        assertThat(dashboard.string("metadata.labels.grafana_dashboard")).isEqualTo("1");
        assertThat(dashboard.map("data").get("lectern.json").toString())
                .contains("\"uid\": \"lectern-overview\"")
                .contains("lectern_retrieval_search_seconds_bucket");
    }

    @Test
    void networkPolicyAdmitsOnlyTheHttpPortAndNeededEgress() {
        Node policy = RenderedChart.render(t -> t).one("NetworkPolicy");

        assertThat(policy.get("spec.policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat(policy.list("spec.ingress")
                        .getFirst()
                        .list("ports")
                        .getFirst()
                        .string("port"))
                .isEqualTo("http");
        assertThat(policy.get("spec.egress").toString())
                .contains("5432")
                .contains("443")
                .contains("53");
    }
}
