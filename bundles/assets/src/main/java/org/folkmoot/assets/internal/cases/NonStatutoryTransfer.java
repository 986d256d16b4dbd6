package org.folkmoot.assets.internal.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A community asset transfer under a council's own policy, moving through the council's
 * pipeline; its deadlines are the council's targets, not statutory ones.
 */
public final class NonStatutoryTransfer extends CaseFile<NonStatutoryTransfer.State> {

    public enum State { IN_PROGRESS, COMPLETED, DECLINED, WITHDRAWN }

    private final LandReference land;
    private final String communityGroup;
    private final TransferPipeline pipeline;
    private int stageIndex;
    private LocalDate stageEnteredOn;

    private NonStatutoryTransfer(String id, LandReference land, String communityGroup, TransferPipeline pipeline, Clock clock) {
        super(id, State.IN_PROGRESS, clock);
        this.land = Objects.requireNonNull(land, "land");
        require(communityGroup != null && !communityGroup.isBlank(), "Name the community group.");
        this.communityGroup = communityGroup.strip();
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    public static NonStatutoryTransfer start(String id, LandReference land, String communityGroup, TransferPipeline pipeline,
                                             Act act, Clock clock) {
        NonStatutoryTransfer t = new NonStatutoryTransfer(id, land, communityGroup, pipeline, clock);
        t.note("started", act, "Stage: " + pipeline.stages().get(0).name(), "uprn", land.uprn(),
                "assetCode", land.assetCode(), "land", land.description(), "group", t.communityGroup, "pipeline", pipeline.id());
        t.stageEnteredOn = act.date();
        return t;
    }

    @Override
    protected String noun() {
        return "community asset transfer";
    }

    public TransferPipeline.Stage stage() {
        return pipeline.stages().get(stageIndex);
    }

    public LocalDate stageEnteredOn() {
        return stageEnteredOn;
    }

    /** On to the next stage. */
    public void advance(Act act) {
        requireState("move to the next stage", State.IN_PROGRESS);
        if (stageIndex == pipeline.stages().size() - 1) {
            throw CaseException.wrongState("'" + stage().name() + "' is the last stage: complete the transfer instead.");
        }
        moveTo(stageIndex + 1, "stage-advanced", act);
    }

    /** Back to an earlier stage (e.g. the business plan needs more work); the reason is required. */
    public void returnTo(Act act, String stageKey, String why) {
        requireState("return to an earlier stage", State.IN_PROGRESS);
        int target = pipeline.indexOf(stageKey);
        require(target < stageIndex, "'" + stageKey + "' is not an earlier stage.");
        require(why != null && !why.isBlank(), "Give the reason for going back.");
        moveTo(target, "stage-returned", act.saying(why), "stage", stageKey);
    }

    private void moveTo(int index, String type, Act act, Object... args) {
        String from = stage().name();
        note(type, act, from + " → " + pipeline.stages().get(index).name(), args);
        stageIndex = index;
        stageEnteredOn = act.date();
    }

    public void complete(Act act) {
        requireState("complete the transfer", State.IN_PROGRESS);
        if (stageIndex != pipeline.stages().size() - 1) {
            throw CaseException.wrongState("The transfer is at '" + stage().name() + "'; it completes at the last stage, '"
                    + pipeline.stages().get(pipeline.stages().size() - 1).name() + "'.");
        }
        transition(State.COMPLETED, "completed", act, "");
    }

    public void decline(Act act, String why) {
        requireState("decline the transfer", State.IN_PROGRESS);
        require(why != null && !why.isBlank(), "Give the reason for declining.");
        transition(State.DECLINED, "declined", act, why.strip(), "reasons", why.strip());
    }

    public void withdraw(Act act) {
        requireState("withdraw the transfer", State.IN_PROGRESS);
        transition(State.WITHDRAWN, "withdrawn", act, "");
    }

    /** The current stage's target date, if the stage has a target. */
    public Optional<LocalDate> stageTargetDate() {
        return stage().target().map(p -> stageEnteredOn.plus(p));
    }

    @Override
    public List<Deadline> deadlines() {
        if (state() != State.IN_PROGRESS) {
            return List.of();
        }
        return stageTargetDate().map(d -> List.of(new Deadline(id(), stage().key(), stage().name() + " (target)", d,
                Party.COUNCIL, "council target " + stage().target().orElseThrow() + " in pipeline " + pipeline.id(), false)))
                .orElse(List.of());
    }

    public LandReference land() { return land; }
    public String communityGroup() { return communityGroup; }
    public TransferPipeline pipeline() { return pipeline; }
}
