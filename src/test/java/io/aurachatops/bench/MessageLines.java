package io.aurachatops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The visible lines of a Slack message body (JSON with text and blocks), for checking what a user would read. */
final class MessageLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageLines() {
    }

    static List<String> lines(String jsonBody) {
        List<String> texts = new ArrayList<>();
        try {
            collect(JSON.readTree(jsonBody), texts);
        } catch (Exception e) {
            texts.add(jsonBody); // not JSON: take it as it is
        }
        List<String> lines = new ArrayList<>();
        texts.forEach(t -> lines.addAll(List.of(t.split("\n"))));
        return lines;
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("text") && e.getValue().isTextual()) {
                    into.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        }
    }
}
