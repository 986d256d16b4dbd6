package org.folkmoot.assets.internal.cases;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A council's own stages for a non-statutory community asset transfer (England and Wales; Wales
 * has no statutory right), each with an optional target duration.
 */
public record TransferPipeline(String id, String name, List<Stage> stages) {

    /** A stage and how long the council aims to spend on it. */
    public record Stage(String key, String name, Optional<Period> target) {
        public Stage {
            if (key == null || !key.matches("[a-z0-9][a-z0-9-]*")) {
                throw CaseException.invalid("A stage key is lower-case letters, digits and hyphens: '" + key + "'.");
            }
            if (name == null || name.isBlank()) {
                throw CaseException.invalid("Stage " + key + " needs a name.");
            }
            name = name.strip();
            target = target == null ? Optional.empty() : target;
            if (target.isPresent() && (target.get().isNegative() || target.get().isZero())) {
                throw CaseException.invalid("Stage " + key + " needs a positive target duration.");
            }
        }
    }

    public TransferPipeline {
        if (id == null || id.isBlank()) {
            throw CaseException.invalid("A pipeline needs an id.");
        }
        if (stages == null || stages.isEmpty()) {
            throw CaseException.invalid("A pipeline needs at least one stage.");
        }
        Set<String> seen = new HashSet<>();
        for (Stage s : stages) {
            if (!seen.add(s.key())) {
                throw CaseException.invalid("Stage " + s.key() + " appears twice.");
            }
        }
        stages = List.copyOf(stages);
        name = name == null || name.isBlank() ? id : name.strip();
    }

    public int indexOf(String key) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).key().equals(key)) {
                return i;
            }
        }
        throw CaseException.invalid("Pipeline " + id + " has no stage '" + key + "'.");
    }

    /**
     * Reads a pipeline written one stage a line as {@code key | name | ISO-8601 period}, e.g.
     * {@code business-plan | Business plan | P3M}; the period may be left empty.
     */
    public static TransferPipeline parse(String id, String name, String text) {
        List<Stage> stages = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length < 2) {
                throw CaseException.invalid("Line " + lineNo + ": write 'key | name | target' (target like P3M).");
            }
            Optional<Period> target = Optional.empty();
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    target = Optional.of(Period.parse(parts[2].strip()));
                } catch (DateTimeParseException e) {
                    throw CaseException.invalid("Line " + lineNo + ": '" + parts[2].strip()
                            + "' is not a duration such as P6W, P3M or P1Y.");
                }
            }
            stages.add(new Stage(parts[0].strip(), parts[1], target));
        }
        return new TransferPipeline(id, name, stages);
    }

    /** An example pipeline, the stages most English and Welsh councils' policies describe. */
    public static TransferPipeline example() {
        return parse("cat-default", "Community asset transfer", """
                expression-of-interest | Expression of interest | P1M
                business-plan | Business plan | P3M
                assessment | Assessment | P2M
                decision | Decision | P1M
                heads-of-terms | Heads of terms | P2M
                completion | Lease, freehold or licence | P6M
                monitoring | Monitoring | P1Y
                """);
    }
}
