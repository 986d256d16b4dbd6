package org.folkmoot.assets.internal.cases;

import static org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.folkmoot.assets.internal.rules.RuleSet;
import org.folkmoot.assets.internal.rules.Scheme;
import org.folkmoot.assets.internal.rules.StatutoryPeriod;

/**
 * A nomination of land in England as an asset of community value (Localism Act 2011 Part 5
 * Chapter 3; SI 2012/2421) and, once listed, everything that follows: the owner's review, the
 * appeal to the First-tier Tribunal, a notice of intended disposal with its interim and full
 * moratoria and protected period, and compensation claims.
 *
 * <p>Calendar periods only: no working days are involved in this scheme.
 */
public final class AssetOfCommunityValue extends CaseFile<AssetOfCommunityValue.State> {

    public enum State {
        NOMINATED, LISTED, UNSUCCESSFUL, OWNER_REVIEW, TRIBUNAL_APPEAL, REMOVED, EXPIRED, DISPOSED
    }

    /** Where a notice of intended disposal leaves the land on a given day. */
    public enum Phase {
        /** No notice, or the protected period has ended: any disposal needs a new notice. */
        NO_NOTICE,
        /** Community interest groups may ask to be treated as potential bidders; no disposal. */
        INTERIM_MORATORIUM,
        /** A group asked in time: no disposal except to a community interest group. */
        FULL_MORATORIUM,
        /** The moratorium is over: the owner may dispose to anyone until the protected period ends. */
        PROTECTED_PERIOD
    }

    public record DisposalNotice(LocalDate receivedOn, Optional<String> interestedGroup, Optional<LocalDate> groupRequestOn) {
    }

    public record CompensationClaim(LocalDate receivedOn, LocalDate lossIncurredOn, String description, boolean inTime,
                                    LocalDate lastDayForClaim) {
    }

    private static final Set<State> ON_THE_LIST = EnumSet.of(LISTED, OWNER_REVIEW, TRIBUNAL_APPEAL);

    private final LandReference land;
    private final String name;
    private final String addressText;
    private final Nominator nominator;
    private final RuleSet rules;
    private final LocalDate nominatedOn;

    private LocalDate decisionDate;
    private LocalDate ownerNotifiedOn;
    private String reasons = "";
    private LocalDate reviewRequestedOn;
    private LocalDate reviewLastDay;
    private LocalDate reviewDecidedOn;
    private LocalDate appealedOn;
    private LocalDate endedOn;
    private DisposalNotice notice;
    private final List<CompensationClaim> claims = new ArrayList<>();

    private AssetOfCommunityValue(String id, LandReference land, String name, String addressText, Nominator nominator,
                                  RuleSet rules, LocalDate nominatedOn, Clock clock) {
        super(id, NOMINATED, clock);
        this.land = Objects.requireNonNull(land, "land");
        refuseFieldUnless(name != null && !name.isBlank(), "name", "assets.refusal.name");
        this.name = name.strip();
        this.addressText = addressText == null ? "" : addressText.strip();
        this.nominator = Objects.requireNonNull(nominator, "nominator");
        require(rules.scheme() == Scheme.COMMUNITY_RIGHT_TO_BID || rules.scheme() == Scheme.COMMUNITY_RIGHT_TO_BUY,
                "rule set " + rules.id() + " is not an English community-right scheme");
        refuseUnless(rules.inForceOn(nominatedOn), "assets.refusal.notInForce.scheme", rules.title(), nominatedOn);
        this.rules = rules;
        this.nominatedOn = nominatedOn;
    }

    /** A nomination received on {@code act.date()}. */
    public static AssetOfCommunityValue nominate(String id, LandReference land, String name, String addressText,
                                                 Nominator nominator, RuleSet rules, Act act, Clock clock) {
        AssetOfCommunityValue a = new AssetOfCommunityValue(id, land, name, addressText, nominator, rules, act.date(), clock);
        a.note("nominated", act, "Nominated by " + nominator.name() + "; decision due by "
                + rules.period("nomination-decision").lastDay(act.date(), null),
                "uprn", land.uprn(), "assetCode", land.assetCode(), "land", land.description(), "name", a.name,
                "address", a.addressText, "nominator", nominator.name(), "nominatorKind", nominator.kind(),
                "members", nominator.members(), "localConnection", nominator.localConnection(), "ruleSet", rules.id());
        return a;
    }

    @Override
    protected String noun() {
        return "nomination";
    }

    /** The land is listed; the entry date is the decision date, and the owner is notified. */
    public void list(Act act) {
        requireState("list the land", NOMINATED);
        transition(LISTED, "listed", act, "Listed until " + listingLastDayFrom(act.date()));
        decisionDate = act.date();
    }

    /** The land goes on the list of unsuccessful nominations, with the reasons (s.90(5)). */
    public void refuse(Act act, String why) {
        requireState("refuse the nomination", NOMINATED);
        refuseFieldUnless(why != null && !why.isBlank(), "reasons", "assets.refusal.unsuccessfulReasons");
        transition(UNSUCCESSFUL, "unsuccessful", act, "Reasons: " + why.strip(), "reasons", why.strip());
        decisionDate = act.date();
        reasons = why.strip();
    }

    /**
     * The day written notice of the listing was given to the owner (s.91), when later than the
     * listing itself: the owner's 8 weeks to ask for a review begin with it.
     */
    public void ownerNotified(Act act) {
        requireState("record the notice to the owner", LISTED);
        if (reviewRequestedOn != null) {
            throw wrongState("assets.refusal.reviewAsked");
        }
        note("owner-notified", act, "Owner notified; a review may be asked for until "
                + period("owner-review-request").lastDay(act.date(), null));
        ownerNotifiedOn = act.date();
    }

    /** The owner's review period begins with the notice of listing (the listing date unless recorded separately). */
    public Optional<LocalDate> ownerReviewRequestLastDay() {
        if (decisionDate == null || state() == UNSUCCESSFUL) {
            return Optional.empty();
        }
        return Optional.of(period("owner-review-request").lastDay(ownerNotifiedOn != null ? ownerNotifiedOn : decisionDate, null));
    }

    /** The owner asks for a review of the listing (s.92), within 8 weeks of the listing notice. */
    public void ownerRequestsReview(Act act) {
        ownerRequestsReview(act, false);
    }

    /**
     * The owner's review request; one made after the 8 weeks is accepted only where the council
     * allowed a longer period in writing ({@code councilAllowedLonger}).
     */
    public void ownerRequestsReview(Act act, boolean councilAllowedLonger) {
        requireState("start an owner's review", LISTED);
        if (reviewRequestedOn != null) {
            throw wrongState("assets.refusal.reviewHad");
        }
        LocalDate last = ownerReviewRequestLastDay().orElseThrow();
        boolean late = act.date().isAfter(last);
        refuseUnless(!late || councilAllowedLonger, "assets.refusal.ownerReviewLate", last);
        transition(OWNER_REVIEW, "review-requested", act, "Review to be decided by "
                + period("owner-review-decision").lastDay(act.date(), null)
                + (late ? "; asked after " + last + " in a longer period the council allowed" : ""),
                "councilAllowedLonger", late ? "true" : null);
        reviewRequestedOn = act.date();
        reviewLastDay = period("owner-review-decision").lastDay(act.date(), null);
    }

    /** A longer period for the review, agreed in writing with the owner. */
    public void extendReview(Act act, LocalDate newLastDay) {
        requireState("extend the review", OWNER_REVIEW);
        refuseFieldUnless(newLastDay != null && newLastDay.isAfter(reviewLastDay), "newLastDay", "assets.refusal.newLastDay", reviewLastDay);
        note("review-extended", act, "Review period extended from " + reviewLastDay + " to " + newLastDay,
                "newLastDay", newLastDay);
        reviewLastDay = newLastDay;
    }

    /** The review's outcome: the listing stays, or the land is removed from the list. */
    public void reviewDecided(Act act, boolean listingUpheld, String why) {
        requireState("record the review decision", OWNER_REVIEW);
        refuseFieldUnless(why != null && !why.isBlank(), "reasons", "assets.refusal.reviewReasons");
        transition(listingUpheld ? LISTED : REMOVED, listingUpheld ? "review-upheld-listing" : "review-removed-listing",
                act, why.strip(), "reasons", why.strip());
        reviewDecidedOn = act.date();
        if (!listingUpheld) {
            endedOn = act.date();
        }
    }

    /** The owner appeals the review decision to the First-tier Tribunal (reg 11). */
    public void appealToTribunal(Act act) {
        requireState("record an appeal to the tribunal", LISTED);
        if (reviewDecidedOn == null) {
            throw wrongState("assets.refusal.reviewFirst");
        }
        if (appealedOn != null) {
            throw wrongState("assets.refusal.appealed");
        }
        // The tribunal, not the council, decides whether an appeal is in time and may extend it:
        // a late appeal is recorded, with a warning, not refused.
        LocalDate last = period("tribunal-appeal").lastDay(reviewDecidedOn, null);
        transition(TRIBUNAL_APPEAL, "tribunal-appeal", act, act.date().isAfter(last)
                ? "Appeal lodged after " + last + "; the tribunal decides whether to extend time" : "");
        appealedOn = act.date();
    }

    public void tribunalDecided(Act act, boolean listingUpheld) {
        requireState("record the tribunal's decision", TRIBUNAL_APPEAL);
        transition(listingUpheld ? LISTED : REMOVED, listingUpheld ? "tribunal-upheld-listing" : "tribunal-removed-listing",
                act, "");
        if (!listingUpheld) {
            endedOn = act.date();
        }
    }

    /** The owner's notice of intended disposal, received on {@code act.date()} (the relevant date, s.95). */
    public void disposalNotified(Act act) {
        requireState("record a notice of intended disposal", LISTED, OWNER_REVIEW, TRIBUNAL_APPEAL);
        if (notice != null) {
            LocalDate protectedEnd = period("protected-period").lastDay(notice.receivedOn(), null);
            if (!act.date().isAfter(protectedEnd)) {
                throw wrongState("assets.refusal.noticeCovers", notice.receivedOn(), protectedEnd);
            }
        }
        LocalDate interimEnd = period("interim-moratorium").lastDay(act.date(), null);
        note("disposal-notified", act, "Interim moratorium until " + interimEnd + "; protected period until "
                + period("protected-period").lastDay(act.date(), null));
        notice = new DisposalNotice(act.date(), Optional.empty(), Optional.empty());
    }

    /** A community interest group asks in writing to be treated as a potential bidder (s.95(3)). */
    public void communityInterestGroupRequest(Act act, String group) {
        requireState("record a request to bid", LISTED, OWNER_REVIEW, TRIBUNAL_APPEAL);
        if (notice == null) {
            throw wrongState("assets.refusal.noNotice");
        }
        refuseFieldUnless(group != null && !group.isBlank(), "group", "assets.refusal.group");
        if (notice.groupRequestOn().isPresent()) {
            throw wrongState("assets.refusal.groupAsked");
        }
        refuseUnless(!act.date().isBefore(notice.receivedOn()), "assets.refusal.requestBeforeNotice");
        LocalDate interimEnd = period("interim-moratorium").lastDay(notice.receivedOn(), null);
        refuseUnless(!act.date().isAfter(interimEnd), "assets.refusal.bidLate", interimEnd);
        note("request-to-bid", act, group.strip() + " asked to be treated as a potential bidder; full moratorium until "
                + period("full-moratorium").lastDay(notice.receivedOn(), null), "group", group.strip());
        notice = new DisposalNotice(notice.receivedOn(), Optional.of(group.strip()), Optional.of(act.date()));
    }

    /**
     * A relevant disposal of the land. Outside the protected period, or inside a moratorium, it
     * breaks s.95 (unless exempt, e.g. to a community interest group in the full moratorium, or
     * an exempt disposal under s.95(5)); such a date is rejected.
     */
    public void disposed(Act act, boolean exempt, String detail) {
        requireState("record a disposal", LISTED, OWNER_REVIEW, TRIBUNAL_APPEAL);
        if (!exempt) {
            Phase phase = phaseOn(act.date());
            if (phase == Phase.NO_NOTICE) {
                refuseUnless(false, "assets.refusal.disposalNoNotice", act.date());
            } else if (phase != Phase.PROTECTED_PERIOD) {
                refuseUnless(false, "assets.refusal.disposalMoratorium." + phase.name(), moratoriumLastDay().orElseThrow(),
                        act.date());
            }
        }
        transition(DISPOSED, exempt ? "exempt-disposal" : "disposed", act, detail == null ? "" : detail, "detail", detail);
        endedOn = act.date();
    }

    /** The council removes the entry (e.g. it should not have been listed, or after a disposal). */
    public void removeFromList(Act act, String why) {
        requireState("remove the land from the list", LISTED);
        refuseFieldUnless(why != null && !why.isBlank(), "reasons", "assets.refusal.removeReason");
        transition(REMOVED, "removed", act, why.strip(), "reasons", why.strip());
        endedOn = act.date();
    }

    /** The listing has run its 5 years. */
    public void expire(Act act) {
        requireState("record that the listing expired", LISTED);
        LocalDate last = listingLastDay().orElseThrow();
        refuseUnless(act.date().isAfter(last), "assets.refusal.listingRuns", last);
        transition(EXPIRED, "expired", act, "Listing ended on " + last);
        endedOn = last.plusDays(1);
    }

    /**
     * An owner's claim for compensation (reg 14), recorded whatever its timing with whether it was in
     * time: 13 weeks after the loss or expense was incurred or finished being incurred ({@code lossIncurredOn}).
     */
    public CompensationClaim compensationClaimed(Act act, LocalDate lossIncurredOn, String description) {
        requireState("record a compensation claim", LISTED, OWNER_REVIEW, TRIBUNAL_APPEAL, REMOVED, EXPIRED, DISPOSED);
        refuseFieldUnless(lossIncurredOn != null && !lossIncurredOn.isAfter(act.date()), "lossIncurredOn", "assets.refusal.lossBeforeClaim");
        LocalDate last = period("compensation-claim").lastDay(lossIncurredOn, null);
        CompensationClaim c = new CompensationClaim(act.date(), lossIncurredOn, description == null ? "" : description.strip(),
                !act.date().isAfter(last), last);
        note("compensation-claimed", act, (c.inTime() ? "In time" : "Out of time") + ": claims for loss incurred on "
                + lossIncurredOn + " were due by " + last, "lossIncurredOn", lossIncurredOn, "description", c.description());
        claims.add(c);
        return c;
    }

    // ---- derived ----------------------------------------------------------------------------

    public Phase phaseOn(LocalDate day) {
        if (notice == null || day.isBefore(notice.receivedOn())) {
            return Phase.NO_NOTICE;
        }
        LocalDate from = notice.receivedOn();
        if (!day.isAfter(period("protected-period").lastDay(from, null))) {
            if (!day.isAfter(period("interim-moratorium").lastDay(from, null))) {
                return Phase.INTERIM_MORATORIUM;
            }
            if (notice.groupRequestOn().isPresent() && !day.isAfter(period("full-moratorium").lastDay(from, null))) {
                return Phase.FULL_MORATORIUM;
            }
            return Phase.PROTECTED_PERIOD;
        }
        return Phase.NO_NOTICE;
    }

    /** The last day of the moratorium now applying (interim, or full once a group asked to bid). */
    public Optional<LocalDate> moratoriumLastDay() {
        if (notice == null) {
            return Optional.empty();
        }
        return Optional.of(period(notice.groupRequestOn().isPresent() ? "full-moratorium" : "interim-moratorium")
                .lastDay(notice.receivedOn(), null));
    }

    public Optional<LocalDate> protectedPeriodLastDay() {
        return notice == null ? Optional.empty() : Optional.of(period("protected-period").lastDay(notice.receivedOn(), null));
    }

    public Optional<LocalDate> listingLastDay() {
        return decisionDate == null || state() == UNSUCCESSFUL ? Optional.empty() : Optional.of(listingLastDayFrom(decisionDate));
    }

    private LocalDate listingLastDayFrom(LocalDate entry) {
        return period("listing").lastDay(entry, null);
    }

    public boolean isListed() {
        return ON_THE_LIST.contains(state());
    }

    @Override
    public List<Deadline> deadlines() {
        List<Deadline> out = new ArrayList<>();
        switch (state()) {
            case NOMINATED -> out.add(deadline("nomination-decision", "Decision on the nomination by " + nominator.name(),
                    nominatedOn, Party.COUNCIL));
            case OWNER_REVIEW -> out.add(new Deadline(id(), "owner-review-decision", "Decision on the owner's review",
                    reviewLastDay, Party.COUNCIL, basis("owner-review-decision"), true));
            default -> { }
        }
        if (state() == LISTED && reviewRequestedOn == null) {
            out.add(new Deadline(id(), "owner-review-request", "Last day for the owner to ask for a review",
                    ownerReviewRequestLastDay().orElseThrow(), Party.OWNER, basis("owner-review-request"), true));
        }
        if (state() == LISTED && reviewDecidedOn != null && appealedOn == null) {
            LocalDate last = period("tribunal-appeal").lastDay(reviewDecidedOn, null);
            if (!today().isAfter(last)) {
                out.add(new Deadline(id(), "tribunal-appeal", "Last day for the owner to appeal to the First-tier Tribunal",
                        last, Party.OWNER, basis("tribunal-appeal"), true));
            }
        }
        if (isListed()) {
            out.add(deadline("listing", "Listing ends", decisionDate, Party.COUNCIL));
            if (notice != null && phaseOn(today()) != Phase.NO_NOTICE) {
                LocalDate from = notice.receivedOn();
                if (notice.groupRequestOn().isEmpty()) {
                    out.add(deadline("interim-moratorium", "Interim moratorium ends (requests to bid)", from, Party.ANYONE));
                } else {
                    out.add(deadline("full-moratorium", "Full moratorium ends", from, Party.ANYONE));
                }
                out.add(deadline("protected-period", "Protected period ends", from, Party.ANYONE));
            }
        }
        return out;
    }

    private Deadline deadline(String key, String label, LocalDate trigger, Party owedBy) {
        return new Deadline(id(), key, label, period(key).lastDay(trigger, null), owedBy, basis(key), true);
    }

    private String basis(String key) {
        StatutoryPeriod p = period(key);
        return p.describe() + "; " + p.citation();
    }

    private StatutoryPeriod period(String key) {
        return rules.period(key);
    }

    // ---- read access ------------------------------------------------------------------------

    public LandReference land() { return land; }
    public String name() { return name; }
    public String addressText() { return addressText; }
    public Nominator nominator() { return nominator; }
    public RuleSet rules() { return rules; }
    public LocalDate nominatedOn() { return nominatedOn; }
    public Optional<LocalDate> decisionDate() { return Optional.ofNullable(decisionDate); }
    public String reasons() { return reasons; }
    public Optional<LocalDate> endedOn() { return Optional.ofNullable(endedOn); }
    public Optional<DisposalNotice> disposalNotice() { return Optional.ofNullable(notice); }
    public List<CompensationClaim> compensationClaims() { return Collections.unmodifiableList(claims); }
}
