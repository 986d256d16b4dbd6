package org.folkmoot.assemblies.internal.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.response.CouncilResponse;
import org.folkmoot.assemblies.internal.response.Responses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Residents' comments on a recommendation once members have voted on it, and on the council's
 * response once there is one: contributions in the archive with the recommendation as container
 * ({@code assembly-recommendation}, id {@code <assembly>/<number>}), tagged {@code recommendation}
 * or {@code response}, linked to the recommendation on the assembly's recommendations page.
 */
@Component(service = RecommendationVoice.class)
public class RecommendationVoice {
    public static final String TYPE = "assembly-recommendation";
    /** What a comment is about. */
    public static final List<String> SUBJECTS = List.of("recommendation", "response");

    /** A recommendation as residents comment on it: its vote closed, and the council's response if given. */
    public record Subject(String assemblyId, Recommendation recommendation, Optional<CouncilResponse> response) {
        /** Published for comment: members have voted and the vote is closed. */
        public boolean open() {
            return recommendation.vote().map(v -> !v.open()).orElse(false);
        }
    }

    private final Recommendations recommendations;
    private final Responses responses;
    private final ResidentsVoice voice;

    @Activate
    public RecommendationVoice(@Reference Recommendations recommendations, @Reference Responses responses,
            @Reference ResidentsVoice voice) {
        this.recommendations = recommendations;
        this.responses = responses;
        this.voice = voice;
    }

    public org.folkmoot.assemblies.internal.commission.Assembly assembly(String assemblyId) {
        return recommendations.announced(assemblyId);
    }

    /** A recommendation of an announced assembly; unknown ones are {@link NoSuchElementException}. */
    public Subject subject(String assemblyId, int number) {
        recommendations.announced(assemblyId);
        Recommendation r = recommendations.recommendation(assemblyId, number);
        return new Subject(assemblyId, r, responses.responses(assemblyId).stream().filter(x -> x.number() == number).findFirst());
    }

    /**
     * A resident's comment on the recommendation or on the council's response to it; refused (409)
     * before members have voted, or on a response not yet given.
     */
    public ResidentsVoice.Published comment(String assemblyId, int number, String on, FolkmootUser user, ResidentsVoice.Writing w) {
        Subject s = subject(assemblyId, number);
        String about = on == null || on.isBlank() ? "recommendation" : on.strip();
        if (!SUBJECTS.contains(about)) {
            throw Refused.of("on", "assemblies.sessions.error.on");
        }
        if (!s.open()) {
            throw Refused.of("text", "assemblies.sessions.error.notVoted").withStatus(409);
        }
        if (about.equals("response") && s.response().isEmpty()) {
            throw Refused.of("text", "assemblies.sessions.error.noResponse").withStatus(409);
        }
        return voice.comment(container(s), page(assemblyId, number), user, w, about);
    }

    /** The public comments on the recommendation or on the response, oldest first, redacted. */
    public List<ResidentsVoice.Published> comments(Subject s, String on) {
        return voice.of(container(s), "comment", on);
    }

    /**
     * How many public comments residents made on each recommendation open for comment (its vote
     * closed), on it and on the council's response together; recommendations not yet open are absent.
     */
    public Map<Integer, Integer> counts(String assemblyId, List<Recommendation> recommendations) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            Subject s = new Subject(assemblyId, r, Optional.empty());
            if (s.open()) {
                out.put(r.number(), voice.of(container(s), "comment").size());
            }
        }
        return out;
    }

    static Container container(Subject s) {
        return new Container(TYPE, s.assemblyId() + "/" + s.recommendation().number(), s.recommendation().current().title().en());
    }

    /** Where a recommendation shows: its place on the assembly's recommendations page. */
    public static String page(String assemblyId, int number) {
        return "/assemblies/" + assemblyId + "/recommendations#recommendation-" + number;
    }

    /** The page of its comments. */
    public static String commentsPage(String assemblyId, int number) {
        return "/assemblies/" + assemblyId + "/recommendations/" + number + "/comments";
    }
}
