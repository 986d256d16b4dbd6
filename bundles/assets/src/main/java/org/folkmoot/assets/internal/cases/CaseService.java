package org.folkmoot.assets.internal.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;
import org.folkmoot.assets.internal.rules.Jurisdiction;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.assets.internal.rules.RuleSet;
import org.folkmoot.assets.internal.rules.Scheme;
import org.folkmoot.assets.internal.settings.JdbcAssetSettings;

/**
 * Opens, loads and moves cases: loads by replaying the stored timeline with the council's
 * current settings, runs one step, saves with the version it loaded (a concurrent change is a
 * 409). Used by the REST resources; free of HTTP.
 */
public final class CaseService {
    private final CaseRepository repository;
    private final JdbcAssetSettings settings;
    private final Clock clock;

    public CaseService(CaseRepository repository, JdbcAssetSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    public ScottishAssetTransferRequest openRequest(String id, LandReference land, String communityBody, String transferType,
                                                    String authority, Act act) {
        RuleSet rules = settings.ruleBook().inForce(Jurisdiction.SCOTLAND, Scheme.ASSET_TRANSFER_REQUEST, act.date())
                .orElseThrow(() -> CaseException.refused(CaseException.Kind.INVALID, null, "assets.refusal.notInForce.scotland", act.date()));
        Map<String, String> v = Map.of("transferType", nz(transferType), "authority", authority == null ? "LOCAL_AUTHORITY" : authority);
        CaseSteps.Args a = new CaseSteps.Args("submitted", v);
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit(id, land, communityBody,
                a.choice("transferType", TransferType.class), a.choice("authority", AuthorityKind.class), rules,
                settings.calendar(CalendarRegion.SCOTLAND), act, clock);
        repository.save(r, 0);
        return r;
    }

    public AssetOfCommunityValue openNomination(String id, LandReference land, String name, String address,
                                                Nominator nominator, Act act) {
        RuleSet rules = settings.ruleBook().englishCommunityRight(act.date())
                .orElseThrow(() -> CaseException.refused(CaseException.Kind.INVALID, null, "assets.refusal.notInForce.england", act.date()));
        AssetOfCommunityValue c = AssetOfCommunityValue.nominate(id, land, name, address, nominator, rules, act, clock);
        repository.save(c, 0);
        return c;
    }

    public NonStatutoryTransfer openTransfer(String id, LandReference land, String group, String pipelineId, Act act) {
        NonStatutoryTransfer t = NonStatutoryTransfer.start(id, land, group, pipeline(pipelineId), act, clock);
        repository.save(t, 0);
        return t;
    }

    /** Runs one step on a stored case and saves it; empty when there is no such case. */
    public Optional<CaseFile<?>> step(String id, String step, Act act, Map<String, String> args) {
        Optional<CaseFile<?>> found = load(id);
        if (found.isEmpty()) {
            return found;
        }
        CaseFile<?> c = found.get();
        int version = c.events().size();
        CaseSteps.Args a = new CaseSteps.Args(step, args);
        if (c instanceof ScottishAssetTransferRequest r) {
            CaseSteps.apply(r, step, act, a, other -> load(other)
                    .filter(ScottishAssetTransferRequest.class::isInstance)
                    .map(ScottishAssetTransferRequest.class::cast).orElse(null));
        } else if (c instanceof AssetOfCommunityValue acv) {
            CaseSteps.apply(acv, step, act, a);
        } else {
            CaseSteps.apply((NonStatutoryTransfer) c, step, act, a);
        }
        repository.save(c, version);
        return found;
    }

    public Optional<CaseFile<?>> load(String id) {
        return repository.find(id).map(s -> switch (s.kind()) {
            case ASSET_TRANSFER_REQUEST -> CaseReplay.assetTransferRequest(id, s.events(), ruleBook(),
                    settings.calendar(CalendarRegion.SCOTLAND), other -> load(other)
                            .filter(ScottishAssetTransferRequest.class::isInstance)
                            .map(ScottishAssetTransferRequest.class::cast).orElse(null), clock);
            case ASSET_OF_COMMUNITY_VALUE -> CaseReplay.assetOfCommunityValue(id, s.events(), ruleBook(), clock);
            case NON_STATUTORY -> CaseReplay.nonStatutoryTransfer(id, s.events(), this::pipeline, clock);
        });
    }

    public List<AssetOfCommunityValue> allNominations() {
        return repository.ids(CaseKind.ASSET_OF_COMMUNITY_VALUE).stream()
                .map(id -> (AssetOfCommunityValue) load(id).orElseThrow()).toList();
    }

    /** Overdue and upcoming deadlines (within {@code days} from today), optionally for one party. */
    public DeadlineBoard.View dashboard(int days, Party owedBy) {
        if (days < 0 || days > 366) {
            throw CaseException.invalid("Look ahead between 0 and 366 days.");
        }
        LocalDate today = LocalDate.now(clock.withZone(CaseFile.UK));
        List<Deadline> all = repository.deadlinesUntil(today.plusDays(days)).stream()
                .filter(d -> owedBy == null || d.owedBy() == owedBy).toList();
        return new DeadlineBoard.View(today, all.stream().filter(d -> d.isOverdueOn(today)).toList(),
                all.stream().filter(d -> !d.isOverdueOn(today)).toList());
    }

    public List<DisposalLock> locksOn(String uprn, String assetCode) {
        return repository.locksOn(uprn, assetCode);
    }

    public List<DisposalLock> allLocks() {
        return repository.allLocks();
    }

    private RuleBook ruleBook() {
        return settings.ruleBook();
    }

    private TransferPipeline pipeline(String id) {
        String key = id == null || id.isBlank() ? TransferPipeline.example().id() : id.strip();
        return settings.pipeline(key).or(() -> key.equals(TransferPipeline.example().id())
                ? Optional.of(TransferPipeline.example()) : Optional.empty())
                .orElseThrow(() -> CaseException.invalid("There is no pipeline '" + key + "'."));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
