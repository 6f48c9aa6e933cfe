package dev.lectern.deployment;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes objects helm/lectern renders to, parsed from YAML so tests assert on structure, not text. */
record RenderedChart(List<Map<String, Object>> objects) {

    static final Path CHART = Path.of("helm/lectern");

    static RenderedChart render(UnaryOperator<TemplateCommand> values) {
        String yaml = values.apply(new Helm(CHART)
                        .template()
                        .withName("lectern")
                        .withNamespace("docs")
                        .withKubeVersion("1.31.0"))
                .call();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document instanceof Map<?, ?> map) {
                objects.add(cast(map));
            }
        }
        return new RenderedChart(objects);
    }

    boolean has(String kind) {
        return objects.stream().anyMatch(o -> kind.equals(o.get("kind")));
    }

    Node one(String kind) {
        List<Map<String, Object>> found =
                objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " but found " + found.size());
        }
        return new Node(found.getFirst());
    }

    /** The application's settings (the chart also ships a ConfigMap with the Grafana dashboard). */
    Node configMap() {
        return new Node(objects.stream()
                .filter(o -> "ConfigMap".equals(o.get("kind")))
                .filter(o -> "lectern".equals(new Node(o).string("metadata.name")))
                .findFirst()
                .orElseThrow());
    }

    /** The main container of the Deployment. */
    Node container() {
        return one("Deployment").list("spec.template.spec.containers").getFirst();
    }

    /** The value of an environment variable the container gets straight or through its ConfigMap. */
    String env(String name) {
        for (Node variable : container().list("env")) {
            if (name.equals(variable.string("name"))) {
                return variable.get("value") == null ? "<from secret>" : variable.string("value");
            }
        }
        Object value = configMap().map("data").get(name);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** A YAML node navigated with dotted paths. */
    record Node(Map<String, Object> value) {

        Object get(String path) {
            Object current = value;
            for (String key : path.split("\\.")) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(key);
            }
            return current;
        }

        String string(String path) {
            Object found = get(path);
            return found == null ? null : found.toString();
        }

        Map<String, Object> map(String path) {
            return cast((Map<?, ?>) get(path));
        }

        Node node(String path) {
            return new Node(map(path));
        }

        List<Node> list(String path) {
            Object found = get(path);
            if (found == null) {
                return List.of();
            }
            return ((List<?>) found)
                    .stream().map(o -> new Node(cast((Map<?, ?>) o))).toList();
        }
    }
}
