package org.folkmoot.assets.internal.cases;

import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.rules.RuleSet;
import org.folkmoot.assets.internal.rules.Scheme;
import org.folkmoot.assets.internal.rules.StatutoryPeriod;

/**
 * An asset transfer request under Part 5 of the Community Empowerment (Scotland) Act 2015, from
 * the community transfer body's request to the transfer of the land or the request's end.
 *
 * <p>The case keeps the rule set in force on the day it was submitted, and counts working days
 * with the council's Scottish calendar.
 */
public final class ScottishAssetTransferRequest extends CaseFile<ScottishAssetTransferRequest.State> {

    public enum State {
        SUBMITTED, INCOMPLETE, VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS, ASSESSMENT,
        AGREED, REFUSED, NOT_DETERMINED, UNDER_REVIEW, UNDER_APPEAL,
        OFFER_SUBMITTED, CONTRACT_CONCLUDED, NO_CONTRACT_APPEAL, CONCLUDED, LAPSED, WITHDRAWN, DECLINED
    }

    /** What the community transfer body asks for (s.79): ownership, a lease, or other rights. */
    public enum TransferType { OWNERSHIP, LEASE, OTHER_RIGHTS }

    /** Local authorities review their own decisions (s.86); other relevant authorities face appeal to Ministers (s.85). */
    public enum AuthorityKind { LOCAL_AUTHORITY, OTHER_RELEVANT_AUTHORITY }

    public enum Decision { AGREED, REFUSED }

    public enum Stage { INITIAL, REVIEW, APPEAL }

    public enum ChallengeKind { REVIEW, APPEAL }

    /**
     * What a review or appeal did to the decision, in the terms of the annual report (s.95(2)):
     * a review confirms, modifies or substitutes a different decision; an appeal is dismissed
     * (the decision stands), varies or reverses part of it, or is allowed.
     */
    public enum ChallengeOutcome {
        /** Review: confirmed. Appeal: dismissed. */
        DECISION_CONFIRMED,
        /** Review: modified. Appeal: part of the decision varied or reversed. */
        DECISION_MODIFIED,
        /** Review: substituted by a different decision. Appeal: allowed. */
        DECISION_SUBSTITUTED
    }

    /** A decision notice: first instance, on review or on appeal. */
    public record DecisionRecord(Stage stage, Decision decision, LocalDate noticeDate, Optional<LocalDate> offerDeadline) {
    }

    /** An agreed extension of the decision period (s.82(7): a longer period agreed with the body). */
    public record Extension(LocalDate agreedOn, LocalDate newLastDay, String note) {
    }

    /** A review or appeal and, once known, its outcome. */
    public record Challenge(ChallengeKind kind, LocalDate filedOn, Optional<ChallengeOutcome> outcome,
                            Optional<LocalDate> outcomeDate) {
    }

    private static final Set<State> BEFORE_DECISION =
            EnumSet.of(VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS, ASSESSMENT);
    private static final Set<State> FINISHED = EnumSet.of(CONCLUDED, LAPSED, WITHDRAWN, DECLINED);

    private final LandReference land;
    private final String communityBody;
    private final TransferType transferType;
    private final AuthorityKind authorityKind;
    private final RuleSet rules;
    private final WorkingDayCalendar calendar;
    private final LocalDate submittedOn;

    private LocalDate validationDate;
    private final List<Extension> extensions = new ArrayList<>();
    private LocalDate noticesGivenOn;
    private LocalDate representationsCloseOn;
    private LocalDate commentsInvitedOn;
    private final List<DecisionRecord> decisions = new ArrayList<>();
    private LocalDate decisionPeriodExpiredOn;
    private Challenge challenge;
    private LocalDate offerDate;
    private LocalDate contractPeriodLastDay;
    private LocalDate noContractAppealOn;
    private String lockNotApplicable;

    private ScottishAssetTransferRequest(String id, LandReference land, String communityBody, TransferType type,
                                         AuthorityKind authorityKind, RuleSet rules, WorkingDayCalendar calendar,
                                         LocalDate submittedOn, Clock clock) {
        super(id, SUBMITTED, clock);
        this.land = Objects.requireNonNull(land, "land");
        refuseFieldUnless(communityBody != null && !communityBody.isBlank(), "communityBody", "assets.refusal.communityBody");
        this.communityBody = communityBody.strip();
        refuseFieldUnless(type != null, "transferType", "assets.refusal.transferType");
        this.transferType = type;
        this.authorityKind = Objects.requireNonNull(authorityKind, "authorityKind");
        require(rules.scheme() == Scheme.ASSET_TRANSFER_REQUEST, "rule set " + rules.id() + " is not for asset transfer requests");
        refuseUnless(rules.inForceOn(submittedOn), "assets.refusal.notInForce.scotland", submittedOn);
        this.rules = rules;
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.submittedOn = submittedOn;
    }

    /** Records a request as received on {@code act.date()}. */
    public static ScottishAssetTransferRequest submit(String id, LandReference land, String communityBody,
                                                      TransferType type, AuthorityKind authorityKind, RuleSet rules,
                                                      WorkingDayCalendar calendar, Act act, Clock clock) {
        ScottishAssetTransferRequest r = new ScottishAssetTransferRequest(id, land, communityBody, type, authorityKind,
                rules, calendar, act.date(), clock);
        r.note("submitted", act, "Request from " + r.communityBody + " for " + describe(type) + " of " + land.description(),
                "uprn", land.uprn(), "assetCode", land.assetCode(), "land", land.description(),
                "communityBody", r.communityBody, "transferType", type, "authority", authorityKind, "ruleSet", rules.id());
        return r;
    }

    @Override
    protected String noun() {
        return "asset transfer request";
    }

    // ---- validation -------------------------------------------------------------------------

    /** The request lacks required information (SSI 2016/357 reg 3): the body is told what is missing. */
    public void markIncomplete(Act act, String whatIsMissing) {
        requireState("mark the request incomplete", SUBMITTED);
        refuseFieldUnless(whatIsMissing != null && !whatIsMissing.isBlank(), "missing", "assets.refusal.missing");
        transition(INCOMPLETE, "incomplete", act, "Missing: " + whatIsMissing.strip(), "missing", whatIsMissing.strip());
    }

    /**
     * The request is valid. The validation date is the day the last of the required information
     * arrived (the day of receipt where the request was complete): {@code act.date()}.
     */
    public void validate(Act act) {
        requireState("validate the request", SUBMITTED, INCOMPLETE);
        transition(VALIDATED, "validated", act, "Validation date " + act.date() + "; decision due by "
                + rules.period("decision").lastDay(act.date(), calendar));
        validationDate = act.date();
    }

    /** The request may be declined as a repeat of one refused within the bar period (2 years). */
    public void declineAsRepeat(Act act, ScottishAssetTransferRequest refusedEarlier) {
        requireState("decline the request", SUBMITTED, INCOMPLETE, VALIDATED);
        refuseUnless(refusedEarlier != this, "assets.refusal.repeatSelf");
        refuseUnless(refusedEarlier.land.sameLand(land) && refusedEarlier.transferType == transferType,
                "assets.refusal.repeatNotSame", refusedEarlier.id());
        LocalDate refusedOn = refusedEarlier.finalRefusalDate().orElseThrow(() -> CaseException.refused(
                CaseException.Kind.INVALID, null, "assets.refusal.notRefused", refusedEarlier.id()));
        LocalDate barEnds = rules.period("repeat-request").lastDay(refusedOn, calendar);
        refuseUnless(!submittedOn.isAfter(barEnds), "assets.refusal.repeatTooOld", refusedOn, rules.period("repeat-request"));
        transition(DECLINED, "declined-repeat", act, "Repeat of " + refusedEarlier.id() + " refused on " + refusedOn,
                "refusedCase", refusedEarlier.id());
    }

    /**
     * The s.84(2) bar on disposing of the land to anyone else does not apply: before the request
     * the land had been advertised for sale or lease, or the council had entered negotiations or
     * begun proceedings to dispose of it (the detail says which).
     */
    public void disposalAlreadyUnderway(Act act, String detail) {
        requireState("record that a disposal was already under way", SUBMITTED, INCOMPLETE, VALIDATED);
        refuseFieldUnless(detail != null && !detail.isBlank(), "detail", "assets.refusal.underwayDetail");
        note("lock-not-applicable", act, "No bar on disposal: " + detail.strip(), "detail", detail.strip());
        lockNotApplicable = detail.strip();
    }

    // ---- notices, representations, comments -------------------------------------------------

    /** Notices given to owners/tenants and published; representations close on {@code closingDate}. */
    public void giveNotices(Act act, LocalDate closingDate) {
        requireState("give notice of the request", VALIDATED);
        LocalDate earliest = rules.period("representations").lastDay(act.date(), calendar);
        refuseFieldUnless(closingDate != null && !closingDate.isBefore(earliest), "closingDate", "assets.refusal.closingDate",
                rules.period("representations"), earliest);
        transition(NOTICES_AND_REPRESENTATIONS, "notices-given", act, "Representations close on " + closingDate, "closingDate", closingDate);
        noticesGivenOn = act.date();
        representationsCloseOn = closingDate;
    }

    /** Representations received are sent to the community transfer body for its comments. */
    public void inviteComments(Act act) {
        requireState("invite the community body's comments", NOTICES_AND_REPRESENTATIONS);
        refuseUnless(act.date().isAfter(representationsCloseOn) || act.date().equals(representationsCloseOn),
                "assets.refusal.representationsOpen", representationsCloseOn);
        transition(COMMUNITY_BODY_COMMENTS, "comments-invited", act, "Comments due by " + commentsDue(act.date()));
        commentsInvitedOn = act.date();
    }

    /** Assessment starts: after the body's comments, or when no representations came in. */
    public void startAssessment(Act act) {
        requireState("start the assessment", VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS);
        if (state() == NOTICES_AND_REPRESENTATIONS) {
            refuseUnless(act.date().isAfter(representationsCloseOn), "assets.refusal.representationsOpen", representationsCloseOn);
        }
        transition(ASSESSMENT, "assessment-started", act, "");
    }

    /** A longer decision period agreed with the community transfer body; each is recorded. */
    public void extendDecisionPeriod(Act act, LocalDate newLastDay) {
        requireState("extend the decision period", VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS, ASSESSMENT);
        LocalDate current = decisionLastDay().orElseThrow();
        refuseFieldUnless(newLastDay != null && newLastDay.isAfter(current), "newLastDay", "assets.refusal.extensionEnd", current);
        refuseUnless(!act.date().isAfter(current), "assets.refusal.decisionPeriodEnded", current);
        note("decision-period-extended", act, "Decision period extended from " + current + " to " + newLastDay
                + " by agreement with " + communityBody, "newLastDay", newLastDay);
        extensions.add(new Extension(act.date(), newLastDay, act.note()));
    }

    // ---- decision ---------------------------------------------------------------------------

    /**
     * The decision notice. An agreed request's notice gives the date by which the body must
     * submit its offer: at least 6 months beginning with the date of the notice.
     */
    public void decide(Act act, Decision decision, LocalDate offerDeadline) {
        requireState("record a decision", VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS, ASSESSMENT,
                NOT_DETERMINED);
        refuseUnless(state() != NOTICES_AND_REPRESENTATIONS || act.date().isAfter(representationsCloseOn),
                "assets.refusal.decideAfterRepresentations", representationsCloseOn);
        recordDecision(Stage.INITIAL, act, decision, offerDeadline, null);
    }

    /** Records that no decision notice was given within the decision period (deemed refusal, s.85/86). */
    public void recordNoDecision(Act act) {
        requireState("record that no decision was made", VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS,
                ASSESSMENT);
        LocalDate last = decisionLastDay().orElseThrow();
        refuseUnless(act.date().isAfter(last), "assets.refusal.decisionPeriodRuns", last);
        transition(NOT_DETERMINED, "not-determined", act, "No decision notice by " + last + "; "
                + challengeWord() + " possible until " + rules.period(challengeKey()).lastDay(last, calendar));
        decisionPeriodExpiredOn = last;
    }

    private void recordDecision(Stage stage, Act act, Decision decision, LocalDate offerDeadline, ChallengeOutcome outcome) {
        refuseFieldUnless(decision != null, "decision", "assets.refusal.decision");
        Optional<LocalDate> offer = Optional.empty();
        if (decision == Decision.AGREED) {
            LocalDate earliest = rules.period("offer-minimum").lastDay(act.date(), calendar);
            refuseFieldUnless(offerDeadline != null && !offerDeadline.isBefore(earliest), "offerDeadline", "assets.refusal.offerDeadline",
                    rules.period("offer-minimum"), earliest);
            offer = Optional.of(offerDeadline);
        } else {
            refuseFieldUnless(offerDeadline == null, "offerDeadline", "assets.refusal.noOfferDate");
        }
        State to = decision == Decision.AGREED ? AGREED : REFUSED;
        String what = stage == Stage.INITIAL ? "decision" : stage.name().toLowerCase(java.util.Locale.ROOT) + "-decision";
        transition(to, what, act, "Request " + decision.name().toLowerCase(java.util.Locale.ROOT)
                + offer.map(o -> "; offer to be submitted by " + o).orElse(""),
                "decision", decision, "offerDeadline", offer.orElse(null), "outcome", outcome);
        decisions.add(new DecisionRecord(stage, decision, act.date(), offer));
    }

    // ---- review and appeal ------------------------------------------------------------------

    /** The body applies for a review by the council (local authorities, s.86). */
    public void applyForReview(Act act) {
        refuseUnless(authorityKind == AuthorityKind.LOCAL_AUTHORITY, "assets.refusal.reviewOnlyCouncil");
        fileChallenge(ChallengeKind.REVIEW, UNDER_REVIEW, act);
    }

    /** The body appeals to the Scottish Ministers (other relevant authorities, s.85). */
    public void appealToMinisters(Act act) {
        refuseUnless(authorityKind == AuthorityKind.OTHER_RELEVANT_AUTHORITY, "assets.refusal.appealNotCouncil");
        fileChallenge(ChallengeKind.APPEAL, UNDER_APPEAL, act);
    }

    private void fileChallenge(ChallengeKind kind, State to, Act act) {
        String what = kind == ChallengeKind.REVIEW ? "apply for a review" : "appeal";
        requireState(what, AGREED, REFUSED, NOT_DETERMINED);
        if (challenge != null) {
            throw wrongState("assets.refusal.challenged." + challenge.kind().name());
        }
        refuseUnless(state() != AGREED || offerDate == null, "assets.refusal.offerMade");
        LocalDate last = challengeLastDay().orElseThrow();
        refuseUnless(!act.date().isAfter(last), "assets.refusal.challengeLate." + kind.name(), rules.period(challengeKey()),
                challengeStart().orElseThrow(), last);
        transition(to, kind == ChallengeKind.REVIEW ? "review-applied" : "appeal-made", act, "");
        challenge = new Challenge(kind, act.date(), Optional.empty(), Optional.empty());
    }

    /** The outcome of the review or appeal and the decision that results (with a new offer date if agreed). */
    public void recordChallengeOutcome(Act act, ChallengeOutcome outcome, Decision result, LocalDate offerDeadline) {
        requireState("record the outcome of a review or appeal", UNDER_REVIEW, UNDER_APPEAL);
        refuseFieldUnless(outcome != null, "outcome", "assets.refusal.outcome");
        Stage stage = challenge.kind() == ChallengeKind.REVIEW ? Stage.REVIEW : Stage.APPEAL;
        recordDecision(stage, act, result, offerDeadline, outcome);
        challenge = new Challenge(challenge.kind(), challenge.filedOn(), Optional.of(outcome), Optional.of(act.date()));
    }

    // ---- offer, contract, conclusion ----------------------------------------------------------

    /** The community transfer body's offer, by the date in the decision notice. */
    public void offerSubmitted(Act act) {
        requireState("record the body's offer", AGREED);
        LocalDate deadline = currentOfferDeadline().orElseThrow();
        refuseUnless(!act.date().isAfter(deadline), "assets.refusal.offerLate", deadline);
        transition(OFFER_SUBMITTED, "offer-submitted", act, "Contract to be concluded by "
                + rules.period("contract").lastDay(act.date(), calendar));
        offerDate = act.date();
        contractPeriodLastDay = rules.period("contract").lastDay(act.date(), calendar);
    }

    /** A longer period for concluding the contract, agreed by both sides. */
    public void extendContractPeriod(Act act, LocalDate newLastDay) {
        requireState("extend the period for concluding the contract", OFFER_SUBMITTED);
        refuseFieldUnless(newLastDay != null && newLastDay.isAfter(contractPeriodLastDay), "newLastDay", "assets.refusal.newLastDay",
                contractPeriodLastDay);
        note("contract-period-extended", act, "Contract period extended from " + contractPeriodLastDay + " to " + newLastDay,
                "newLastDay", newLastDay);
        contractPeriodLastDay = newLastDay;
    }

    public void contractConcluded(Act act) {
        requireState("record the contract", OFFER_SUBMITTED, NO_CONTRACT_APPEAL);
        transition(CONTRACT_CONCLUDED, "contract-concluded", act, "");
    }

    /** No contract within the period: the body appeals to the Scottish Ministers (s.83(6)). */
    public void appealNoContract(Act act) {
        requireState("appeal because no contract was concluded", OFFER_SUBMITTED);
        refuseUnless(act.date().isAfter(contractPeriodLastDay), "assets.refusal.contractPeriodRuns", contractPeriodLastDay);
        LocalDate last = noContractAppealLastDay().orElseThrow();
        refuseUnless(!act.date().isAfter(last), "assets.refusal.noContractAppealLate", last);
        transition(NO_CONTRACT_APPEAL, "no-contract-appeal", act, "");
        noContractAppealOn = act.date();
    }

    /** The land has been transferred, leased or the rights granted: the request is concluded. */
    public void transferCompleted(Act act) {
        requireState("record the transfer", CONTRACT_CONCLUDED);
        transition(CONCLUDED, "concluded", act, "Transfer completed");
    }

    /** The request has lapsed: no offer in time, no contract and no appeal, or the appeal failed. */
    public void lapse(Act act) {
        requireState("record that the request lapsed", AGREED, OFFER_SUBMITTED, NO_CONTRACT_APPEAL);
        if (state() == AGREED) {
            LocalDate deadline = currentOfferDeadline().orElseThrow();
            refuseUnless(act.date().isAfter(deadline), "assets.refusal.offerRuns", deadline);
        } else if (state() == OFFER_SUBMITTED) {
            LocalDate last = noContractAppealLastDay().orElseThrow();
            refuseUnless(act.date().isAfter(last), "assets.refusal.contractMayConclude", last);
        }
        transition(LAPSED, "lapsed", act, "");
    }

    public void withdraw(Act act) {
        requireState("withdraw the request", SUBMITTED, INCOMPLETE, VALIDATED, NOTICES_AND_REPRESENTATIONS,
                COMMUNITY_BODY_COMMENTS, ASSESSMENT, AGREED, REFUSED, NOT_DETERMINED, UNDER_REVIEW, UNDER_APPEAL,
                OFFER_SUBMITTED, NO_CONTRACT_APPEAL);
        transition(WITHDRAWN, "withdrawn", act, "Withdrawn by the community transfer body");
    }

    // ---- derived dates --------------------------------------------------------------------

    /** The last day for the decision notice: 6 months after validation, or the last agreed extension. */
    public Optional<LocalDate> decisionLastDay() {
        if (validationDate == null) {
            return Optional.empty();
        }
        if (!extensions.isEmpty()) {
            return Optional.of(extensions.get(extensions.size() - 1).newLastDay());
        }
        return Optional.of(rules.period("decision").lastDay(validationDate, calendar));
    }

    /** The day the review/appeal period begins with: the decision notice, or the decision period's expiry. */
    public Optional<LocalDate> challengeStart() {
        return switch (state()) {
            case NOT_DETERMINED -> Optional.of(decisionPeriodExpiredOn);
            case AGREED, REFUSED -> decisions.isEmpty() ? Optional.empty()
                    : Optional.of(decisions.get(decisions.size() - 1).noticeDate());
            default -> Optional.empty();
        };
    }

    /** The last day to apply for a review or appeal, while one is possible. */
    public Optional<LocalDate> challengeLastDay() {
        if (challenge != null) {
            return Optional.empty();
        }
        return challengeStart().map(start -> rules.period(challengeKey()).lastDay(start, calendar));
    }

    public Optional<LocalDate> currentOfferDeadline() {
        return decisions.isEmpty() ? Optional.empty() : decisions.get(decisions.size() - 1).offerDeadline();
    }

    public Optional<LocalDate> contractPeriodLastDay() {
        return Optional.ofNullable(contractPeriodLastDay);
    }

    /** The last day for an appeal where no contract is concluded: 10 working days from the day after the period ends. */
    public Optional<LocalDate> noContractAppealLastDay() {
        return contractPeriodLastDay == null ? Optional.empty()
                : Optional.of(rules.period("no-contract-appeal").lastDay(contractPeriodLastDay.plusDays(1), calendar));
    }

    /** The date of a refusal that is final (review/appeal used or out of time), for the repeat-request rule. */
    public Optional<LocalDate> finalRefusalDate() {
        if (state() == REFUSED || state() == NOT_DETERMINED) {
            return state() == REFUSED ? Optional.of(decisions.get(decisions.size() - 1).noticeDate())
                    : Optional.of(decisionPeriodExpiredOn);
        }
        return Optional.empty();
    }

    /**
     * The bar on disposing of the land to anyone else (s.84(2)) while the request is live: from
     * the request until the land is transferred or the request ends, unless a disposal was already
     * under way.
     */
    public Optional<DisposalLock> disposalLock() {
        State s = state();
        if (FINISHED.contains(s) || lockNotApplicable != null) {
            return Optional.empty();
        }
        if (s == REFUSED || s == NOT_DETERMINED) {
            Optional<LocalDate> last = challengeLastDay();
            if (last.isEmpty() || today().isAfter(last.get())) {
                return Optional.empty();
            }
            return Optional.of(new DisposalLock(land, id(), submittedOn,
                    "a " + challengeWord() + " may be sought until " + last.get()));
        }
        return Optional.of(new DisposalLock(land, id(), submittedOn, "asset transfer request " + id() + " is " + describe(s)));
    }

    @Override
    public List<Deadline> deadlines() {
        List<Deadline> out = new ArrayList<>();
        State s = state();
        if (BEFORE_DECISION.contains(s)) {
            out.add(deadline("decision", "Decision notice to " + communityBody, decisionLastDay().orElseThrow(),
                    Party.COUNCIL, extensions.isEmpty() ? rules.period("decision") : null));
        }
        if (s == NOTICES_AND_REPRESENTATIONS) {
            out.add(deadline("representations", "Representations close", representationsCloseOn, Party.ANYONE,
                    rules.period("representations")));
        }
        if (s == COMMUNITY_BODY_COMMENTS) {
            out.add(deadline("community-body-comments", "Community body's comments on representations",
                    commentsDue(commentsInvitedOn), Party.COMMUNITY_BODY, rules.period("community-body-comments")));
        }
        if (s == AGREED || s == REFUSED || s == NOT_DETERMINED) {
            challengeLastDay().ifPresent(last -> out.add(deadline(challengeKey(), "Last day to seek a " + challengeWord(),
                    last, Party.COMMUNITY_BODY, rules.period(challengeKey()))));
        }
        if (s == AGREED) {
            out.add(deadline("offer", "Community body's offer", currentOfferDeadline().orElseThrow(),
                    Party.COMMUNITY_BODY, rules.period("offer-minimum")));
        }
        if (s == UNDER_REVIEW) {
            out.add(deadline("review-decision", "Review decision", rules.period("review-decision")
                    .lastDay(challenge.filedOn(), calendar), Party.COUNCIL, rules.period("review-decision")));
        }
        if (s == OFFER_SUBMITTED) {
            out.add(deadline("contract", "Contract concluded", contractPeriodLastDay, Party.COUNCIL, rules.period("contract")));
            out.add(deadline("no-contract-appeal", "Last day to appeal if no contract is concluded",
                    noContractAppealLastDay().orElseThrow(), Party.COMMUNITY_BODY, rules.period("no-contract-appeal")));
        }
        return out;
    }

    private Deadline deadline(String key, String label, LocalDate last, Party owedBy, StatutoryPeriod p) {
        String basis = p == null ? "extended by agreement (" + extensions.size() + " extension"
                + (extensions.size() == 1 ? "" : "s") + ")" : p.describe() + "; " + p.citation();
        return new Deadline(id(), key, label, last, owedBy, basis, true);
    }

    private LocalDate commentsDue(LocalDate invitedOn) {
        return rules.period("community-body-comments").lastDay(invitedOn, calendar);
    }

    private String challengeKey() {
        return authorityKind == AuthorityKind.LOCAL_AUTHORITY ? "review-application" : "appeal";
    }

    private String challengeWord() {
        return authorityKind == AuthorityKind.LOCAL_AUTHORITY ? "review" : "appeal to the Scottish Ministers";
    }

    // ---- read access ------------------------------------------------------------------------

    public LandReference land() { return land; }
    public String communityBody() { return communityBody; }
    public TransferType transferType() { return transferType; }
    public AuthorityKind authorityKind() { return authorityKind; }
    public RuleSet rules() { return rules; }
    public LocalDate submittedOn() { return submittedOn; }
    public Optional<LocalDate> validationDate() { return Optional.ofNullable(validationDate); }
    public List<Extension> extensions() { return Collections.unmodifiableList(extensions); }
    public List<DecisionRecord> decisions() { return Collections.unmodifiableList(decisions); }
    public Optional<Challenge> challenge() { return Optional.ofNullable(challenge); }
    public Optional<LocalDate> noticesGivenOn() { return Optional.ofNullable(noticesGivenOn); }
    public Optional<LocalDate> representationsCloseOn() { return Optional.ofNullable(representationsCloseOn); }
    public Optional<LocalDate> offerDate() { return Optional.ofNullable(offerDate); }
    public Optional<LocalDate> noContractAppealOn() { return Optional.ofNullable(noContractAppealOn); }
}
