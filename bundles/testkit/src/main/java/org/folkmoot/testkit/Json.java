package org.folkmoot.testkit;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON in tests: read an answer, write a request body without string concatenation. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /** The body of an answer; a non-JSON body fails with the body in the message. */
    public static JsonNode parse(HttpResponse<String> response) {
        return parse(response.body());
    }

    /** {@code object("id", "x", "count", 3)}: keys and values in turn, values as Jackson writes them. */
    public static String object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values in pairs");
        }
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set(String.valueOf(keysAndValues[i]), MAPPER.valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }
}
