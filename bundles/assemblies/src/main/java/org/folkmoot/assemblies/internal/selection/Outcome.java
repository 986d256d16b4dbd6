package org.folkmoot.assemblies.internal.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.folkmoot.api.sortition.TargetChange;

/**
 * Why a round failed, kept as JSON with the round: the sortition bundle's message, or for targets
 * no panel can meet ({@code infeasible}) each target that must move and how far.
 */
public record Outcome(String message, List<Change> changes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A target that must move: from min..max to newMin..newMax. */
    public record Change(String category, String value, int min, int max, int newMin, int newMax) {
        /** How many places the target moves by. */
        public int by() {
            return (min - newMin) + (newMax - max);
        }
    }

    public Outcome {
        changes = List.copyOf(changes == null ? List.of() : changes);
    }

    public boolean infeasible() {
        return "infeasible".equals(message);
    }

    public static String problem(String message, List<TargetChange> changes) {
        List<Change> out = new ArrayList<>();
        for (TargetChange c : changes) {
            out.add(new Change(c.target().category(), c.target().value(), c.target().min(), c.target().max(), c.min(), c.max()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message", message == null ? "" : message);
        m.put("changes", out);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Outcome read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Outcome>() { });
        } catch (JsonProcessingException e) {
            return new Outcome(json, List.of());
        }
    }
}
