package org.folkmoot.assets.internal.cases;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.folkmoot.api.web.DateInput;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeOutcome;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Decision;

/**
 * Runs a step named as in the timeline ({@code validated}, {@code decision}, {@code listed}...)
 * with its arguments by name: the same names the step records. Used to replay stored timelines
 * and by the REST API, so what an officer sends is exactly what the timeline keeps.
 */
public final class CaseSteps {

    private CaseSteps() {
    }

    /** A step's arguments, read with messages fit for the officer (422 when missing or malformed). */
    public record Args(String step, Map<String, String> values) {
        public Args {
            values = values == null ? Map.of() : Map.copyOf(values);
        }

        public String need(String name) {
            return get(name).orElseThrow(() -> CaseException.refused(CaseException.Kind.INVALID, name, "assets.refusal.needs", step, name));
        }

        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }

        public LocalDate date(String name) {
            return parseDate(name, need(name));
        }

        public LocalDate optionalDate(String name) {
            return get(name).map(v -> parseDate(name, v)).orElse(null);
        }

        public <E extends Enum<E>> E choice(String name, Class<E> type) {
            return CaseSteps.choice(name, need(name), type);
        }

        private LocalDate parseDate(String name, String v) {
            try {
                return DateInput.date(name, v);
            } catch (IllegalArgumentException e) {
                throw CaseException.invalid(name, e.getMessage());
            }
        }
    }

    /** One of an enum's values as a form or JSON body writes it ({@code local-group} for {@code LOCAL_GROUP}). */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw CaseException.refused(CaseException.Kind.INVALID, name, "assets.refusal.needed", name);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw CaseException.refused(CaseException.Kind.INVALID, name, "assets.refusal.notAChoice", value, name,
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    public static void apply(ScottishAssetTransferRequest r, String step, Act act, Args a,
                             Function<String, ScottishAssetTransferRequest> otherCases) {
        switch (step) {
            case "incomplete" -> r.markIncomplete(act, a.need("missing"));
            case "validated" -> r.validate(act);
            case "lock-not-applicable" -> r.disposalAlreadyUnderway(act, a.need("detail"));
            case "declined-repeat" -> {
                ScottishAssetTransferRequest other = otherCases.apply(a.need("refusedCase"));
                if (other == null) {
                    throw CaseException.refused(CaseException.Kind.INVALID, null, "assets.refusal.noRequest", a.need("refusedCase"));
                }
                r.declineAsRepeat(act, other);
            }
            case "notices-given" -> r.giveNotices(act, a.date("closingDate"));
            case "comments-invited" -> r.inviteComments(act);
            case "assessment-started" -> r.startAssessment(act);
            case "decision-period-extended" -> r.extendDecisionPeriod(act, a.date("newLastDay"));
            case "decision" -> r.decide(act, a.choice("decision", Decision.class), a.optionalDate("offerDeadline"));
            case "not-determined" -> r.recordNoDecision(act);
            case "review-applied" -> r.applyForReview(act);
            case "appeal-made" -> r.appealToMinisters(act);
            case "review-decision", "appeal-decision" -> r.recordChallengeOutcome(act,
                    a.choice("outcome", ChallengeOutcome.class), a.choice("decision", Decision.class),
                    a.optionalDate("offerDeadline"));
            case "offer-submitted" -> r.offerSubmitted(act);
            case "contract-period-extended" -> r.extendContractPeriod(act, a.date("newLastDay"));
            case "contract-concluded" -> r.contractConcluded(act);
            case "no-contract-appeal" -> r.appealNoContract(act);
            case "concluded" -> r.transferCompleted(act);
            case "lapsed" -> r.lapse(act);
            case "withdrawn" -> r.withdraw(act);
            default -> throw unknown(step);
        }
    }

    public static void apply(AssetOfCommunityValue c, String step, Act act, Args a) {
        switch (step) {
            case "listed" -> c.list(act);
            case "owner-notified" -> c.ownerNotified(act);
            case "unsuccessful" -> c.refuse(act, a.need("reasons"));
            case "review-requested" -> c.ownerRequestsReview(act,
                    Boolean.parseBoolean(a.get("councilAllowedLonger").orElse("false")));
            case "review-extended" -> c.extendReview(act, a.date("newLastDay"));
            case "review-upheld-listing" -> c.reviewDecided(act, true, a.need("reasons"));
            case "review-removed-listing" -> c.reviewDecided(act, false, a.need("reasons"));
            case "tribunal-appeal" -> c.appealToTribunal(act);
            case "tribunal-upheld-listing" -> c.tribunalDecided(act, true);
            case "tribunal-removed-listing" -> c.tribunalDecided(act, false);
            case "disposal-notified" -> c.disposalNotified(act);
            case "request-to-bid" -> c.communityInterestGroupRequest(act, a.need("group"));
            case "disposed" -> c.disposed(act, false, a.get("detail").orElse(null));
            case "exempt-disposal" -> c.disposed(act, true, a.get("detail").orElse(null));
            case "removed" -> c.removeFromList(act, a.need("reasons"));
            case "expired" -> c.expire(act);
            case "compensation-claimed" -> c.compensationClaimed(act, a.date("lossIncurredOn"), a.get("description").orElse(""));
            default -> throw unknown(step);
        }
    }

    public static void apply(NonStatutoryTransfer t, String step, Act act, Args a) {
        switch (step) {
            case "stage-advanced" -> t.advance(act);
            case "stage-returned" -> t.returnTo(act, a.need("stage"), a.get("reason").or(() -> a.get("note"))
                    .orElseThrow(() -> CaseException.refused(CaseException.Kind.INVALID, null, "assets.refusal.returnReason")));
            case "completed" -> t.complete(act);
            case "declined" -> t.decline(act, a.need("reasons"));
            case "withdrawn" -> t.withdraw(act);
            default -> throw unknown(step);
        }
    }

    private static CaseException unknown(String step) {
        return CaseException.refused(CaseException.Kind.INVALID, null, "assets.refusal.noStep", step);
    }
}
