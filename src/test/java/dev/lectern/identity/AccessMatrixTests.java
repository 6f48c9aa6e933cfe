package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.studio.ScriptedChatModel;
import dev.lectern.studio.ScriptedModelConfiguration;
import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application serves, called by an anonymous client, a viewer and an editor of workspace
 * A, a member of workspace B only, and an administrator. The endpoints come from Spring MVC's own mapping,
 * so a new one shows up here by itself, and one that {@link Expectations} cannot place fails the test.
 */
@Import(ScriptedModelConfiguration.class)
class AccessMatrixTests extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ScriptedChatModel model;

    @TestFactory
    Stream<DynamicTest> everyEndpointChecksRoleAndMembership() {
        Set<Endpoint> endpoints = endpoints();
        var accounts = new Accounts(api, port);
        String a = api.createWorkspace("Matrix A");
        String b = api.createWorkspace("Matrix B");
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", Api.anonymous(port));
        callers.put("outsider", accounts.user("matrix-outsider", "EDITOR"));
        callers.put("viewer", accounts.user("matrix-viewer", "VIEWER"));
        callers.put("editor", accounts.user("matrix-editor", "EDITOR"));
        callers.put("admin", api);
        accounts.member(a, "matrix-viewer", "VIEWER");
        accounts.member(a, "matrix-editor", "EDITOR");
        accounts.member(b, "matrix-outsider", "ADMIN");
        Map<String, String> ids = Map.of(
                "workspaceId", a,
                "documents", document(a),
                "conversations", conversation(a),
                "reports", report(a),
                "username", "matrix-viewer");

        List<DynamicTest> tests = new ArrayList<>();
        // the editor deletes A's document; callers that must be refused go first
        callers.forEach((caller, client) ->
                endpoints.forEach(endpoint -> tests.add(DynamicTest.dynamicTest(caller + " " + endpoint, () -> {
                    Expectations.Access expected = Expectations.of(caller, endpoint.method(), endpoint.path());
                    int status = call(client, endpoint.method(), endpoint.concrete(ids));
                    assertThat(expected.admits(status))
                            .as("%s %s -> %d, expected %s", caller, endpoint, status, expected)
                            .isTrue();
                }))));
        System.out.printf(
                "Access matrix: %d endpoints x %d callers = %d checks%n",
                endpoints.size(), callers.size(), tests.size());
        return tests.stream();
    }

    private Set<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/") || path.startsWith("/v1/"))
                        // signing in and asking how to are public by design (SessionApiTests, SingleSignOnIT)
                        .filter(path -> !path.equals("/api/v1/session") && !path.equals("/api/v1/session/providers"))
                        .forEach(path -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> endpoints.add(new Endpoint(method.name(), path)))));
        assertThat(endpoints).hasSizeGreaterThan(40);
        return endpoints;
    }

    private String document(String workspace) {
        Api.Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "matrix.md",
                "# Matrix\n\nEvery endpoint checks its caller.\n".getBytes(StandardCharsets.UTF_8));
        String id = uploaded.json().get("id").asString();
        api.awaitProcessed(id, Duration.ofSeconds(60));
        return id;
    }

    private String conversation(String workspace) {
        Api.Response answer = api.postJson(
                "/api/v1/workspaces/" + workspace + "/answers",
                "{\"question\":\"Who is checked?\",\"mode\":\"EXTRACTIVE\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("conversationId").asString();
    }

    private String report(String workspace) {
        model.reply("Scope [1].", "Rules [1].", "Exceptions [1].");
        Api.Response report = api.postJson(
                "/api/v1/workspaces/" + workspace + "/reports", "{\"template\":\"policy-digest\",\"title\":\"M\"}");
        model.forgetReplies(); // a section without sources uses none
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        return report.json().get("report").get("id").asString();
    }

    private static int call(Api client, String method, String path) {
        return switch (method) {
            case "GET" -> client.get(path).status();
            case "DELETE" -> client.delete(path).status();
            case "POST" -> client.postJson(path, "{}").status();
            case "PUT" -> client.putJson(path, "{}").status();
            case "PATCH" -> client.patchJson(path, "{}").status();
            default -> throw new AssertionError("No call for " + method);
        };
    }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        /** Fills the path variables: A's workspace and document, a member's name, a fresh id elsewhere. */
        String concrete(Map<String, String> ids) {
            String collection = path.split("/").length > 3 ? path.split("/")[3] : "";
            String result = path.replace("{workspaceId}", ids.get("workspaceId"))
                    .replace("{username}", ids.get("username"))
                    .replace("{index}", "0")
                    .replace("{answer}", "0")
                    .replace("{name}", "answer");
            return result.replace(
                    "{id}", ids.getOrDefault(collection, UUID.randomUUID().toString()));
        }

        @Override
        public int compareTo(Endpoint other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
