package dev.lectern.studio;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a server-sent event stream's body: the events in order, each with its JSON data. */
record SentEvents(List<String> names, List<JsonNode> data) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static SentEvents of(String body) {
        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].startsWith("event:")) {
                names.add(lines[i].substring("event:".length()));
                data.add(JSON.readTree(lines[i + 1].substring("data:".length())));
            }
        }
        return new SentEvents(names, data);
    }

    /** The data of the first event of this name. */
    JsonNode first(String name) {
        int at = names.indexOf(name);
        if (at < 0) {
            throw new AssertionError("No " + name + " event in " + names);
        }
        return data.get(at);
    }

    /** The data of every event of this name, in order. */
    List<JsonNode> all(String name) {
        List<JsonNode> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(name)) {
                found.add(data.get(i));
            }
        }
        return found;
    }
}
