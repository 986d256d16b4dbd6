package org.folkmoot.plans.internal.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.PlanType;
import org.folkmoot.plans.internal.rules.ReportingCycle;
import org.folkmoot.plans.internal.rules.Window;

/**
 * A community plan and its whole record: its versions (drafts editors change, published versions
 * nothing changes), the consultations on published versions, officers' answers to comments,
 * adoption, progress on each action and the progress reports published. Each step checks
 * everything first and changes nothing when it refuses ({@link PlanException}); the caller saves
 * the plan in one transaction. The rule set is the one the plan started under, for life.
 */
public final class Plan {
    /** The longest text of one section in one language, in characters. */
    public static final int MAX_SECTION = 100_000;
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    /** Ids the pages use for themselves ({@code /plans/new}, {@code /plans/rules}). */
    private static final Set<String> RESERVED = Set.of("new", "rules");

    private String id;
    private PlanType type;
    private String rules;
    private Bilingual title;
    private boolean welshFirst;
    private Area area;
    private String organisation;
    private LocalDate started;
    private List<PlanVersion> versions = new ArrayList<>();
    private List<Consultation> consultations = new ArrayList<>();
    private Map<String, Answer> answers = new LinkedHashMap<>();
    private Adoption adoption;
    private List<ProgressUpdate> progress = new ArrayList<>();
    private List<PublishedReport> reports = new ArrayList<>();

    Plan() {
        // for the store's JSON reader
    }

    /** A new plan under the rules in force for its type on the day it starts. */
    public static Plan start(String id, PlanRules rules, Bilingual title, boolean welshFirst, Area area, String organisation,
                             LocalDate started) {
        if (id == null || !KEY.matcher(id).matches() || RESERVED.contains(id)) {
            throw PlanException.invalid("id", "A plan's id is 1 to 80 lower-case letters, digits or hyphens, such as 'kirkstyle-locality-plan'.",
                    "plans.error.id");
        }
        if (title == null || title.isEmpty()) {
            throw PlanException.invalid("title", "A plan needs a title, in English or Welsh.", "plans.error.title");
        }
        if (area != null) {
            area.badCode().ifPresent(code -> {
                throw PlanException.invalid("area", "'" + code + "' is not a " + area.kind() + " code.", "plans.error.area", code);
            });
        }
        Plan p = new Plan();
        p.id = id;
        p.type = rules.type();
        p.rules = rules.id();
        p.title = title;
        p.welshFirst = welshFirst;
        p.area = area == null ? Area.locality("") : area;
        p.organisation = organisation == null ? "" : organisation.strip();
        p.started = started;
        return p;
    }

    // ---- versions -------------------------------------------------------------------------

    /**
     * Saves the working draft: replaces the sections of the current draft, or starts draft N+1
     * from nothing when the latest version is published (or there is none).
     */
    public PlanVersion saveDraft(List<Section> sections, String by, Clock clock) {
        check(sections);
        PlanVersion latest = latest().orElse(null);
        int number = latest == null ? 1 : latest.published() ? latest.number() + 1 : latest.number();
        PlanVersion draft = new PlanVersion(number, PlanVersion.Status.DRAFT, sections, clock.instant(), by, null, null);
        if (latest != null && !latest.published()) {
            versions.set(versions.size() - 1, draft);
        } else {
            versions.add(draft);
        }
        return draft;
    }

    /** Changes version {@code n}: only a draft can change; a published version is refused. */
    public PlanVersion editVersion(int n, List<Section> sections, String by, Clock clock) {
        PlanVersion v = version(n);
        if (v.published()) {
            throw PlanException.conflict("Version " + n + " of " + id + " was published on " + day(v.publishedAt())
                    + " and can never change. Save your changes as a new draft instead.", "plans.error.published", n, day(v.publishedAt()));
        }
        return saveDraft(sections, by, clock);
    }

    /**
     * Adds a section to the working draft, or replaces the section with its key; when the latest
     * version is published the new draft starts as a copy of it.
     */
    public PlanVersion putSection(Section section, String by, Clock clock) {
        List<Section> sections = new ArrayList<>(latest().map(PlanVersion::sections).orElse(List.of()));
        int at = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(section.key())) {
                at = i;
            }
        }
        if (at >= 0) {
            sections.set(at, section);
        } else {
            sections.add(section);
        }
        return saveDraft(sections, by, clock);
    }

    /** Publishes the draft {@code n}: from now on it never changes. */
    public PlanVersion publish(int n, String by, Clock clock) {
        PlanVersion v = version(n);
        if (v.published()) {
            throw PlanException.conflict("Version " + n + " is already published.", "plans.error.already-published", n);
        }
        if (v.sections().isEmpty()) {
            throw PlanException.invalid("sections", "Version " + n + " has no sections to publish.", "plans.error.empty");
        }
        PlanVersion p = v.publish(clock.instant(), by);
        versions.set(versions.indexOf(v), p);
        return p;
    }

    private void check(List<Section> sections) {
        if (sections == null) {
            throw PlanException.invalid("sections", "Send the plan's sections.", "plans.error.sections");
        }
        Set<String> keys = new HashSet<>();
        for (Section s : sections) {
            if (s.key() == null || !KEY.matcher(s.key()).matches()) {
                throw PlanException.invalid("sections", "Each section needs a key of lower-case letters, digits and hyphens, not '"
                        + s.key() + "'.", "plans.error.section-key", String.valueOf(s.key()));
            }
            if (!keys.add(s.key())) {
                throw PlanException.invalid("sections", "Two sections share the key '" + s.key() + "'.", "plans.error.section-twice", s.key());
            }
            if (s.kind() == null) {
                throw PlanException.invalid("sections", "Section '" + s.key() + "' needs a kind: VISION, THEME, OUTCOME, PRIORITY, ACTION or TEXT.",
                        "plans.error.section-kind", s.key());
            }
            if (s.heading().isEmpty()) {
                throw PlanException.invalid("sections", "Section '" + s.key() + "' needs a heading, in English or Welsh.",
                        "plans.error.section-heading", s.key());
            }
            if (s.body().longest() > MAX_SECTION || s.heading().longest() > 1000) {
                throw new PlanException(413, "sections", "Section '" + s.key() + "' is too long: a section may have at most "
                        + MAX_SECTION + " characters in each language. Split it into several sections.", "plans.error.section-long",
                        s.key(), MAX_SECTION);
            }
            if (s.action() != null && s.action().area() != null) {
                s.action().area().badCode().ifPresent(code -> {
                    throw PlanException.invalid("sections", "Action '" + s.key() + "': '" + code + "' is not a "
                            + s.action().area().kind() + " code.", "plans.error.area", code);
                });
            }
            if (s.action() != null && s.action().starts() != null && s.action().ends() != null
                    && s.action().ends().isBefore(s.action().starts())) {
                throw PlanException.invalid("sections", "Action '" + s.key() + "' ends before it starts.", "plans.error.action-dates", s.key());
            }
        }
    }

    // ---- consultation ---------------------------------------------------------------------

    /**
     * Opens a consultation window on a published version, at one of the rules' stages. Refused: a
     * draft (409), an unknown stage or a window shorter than the rules allow, with the rule cited
     * (422), a window that overlaps another on this plan (409).
     */
    public Consultation openConsultation(int versionNumber, String stage, LocalDate opens, LocalDate closes,
                                         String howPublicised, PlanRules rules, String by) {
        PlanVersion v = version(versionNumber);
        if (!v.published()) {
            throw PlanException.conflict("Version " + versionNumber + " is a draft: publish it before consulting on it.",
                    "plans.error.consult-draft", versionNumber);
        }
        Window w = rules.window(stage).orElseThrow(() -> PlanException.invalid("stage", "A " + type.label("en").toLowerCase()
                + " has no consultation stage '" + stage + "'. Its stages are " + String.join(", ", rules.windows().keySet()) + ".",
                "plans.error.stage", stage));
        if (opens == null || closes == null) {
            throw PlanException.invalid("opens", "Give the day the consultation opens and the last day for comments.", "plans.error.dates");
        }
        if (closes.isBefore(opens)) {
            throw PlanException.invalid("closes", "The consultation cannot close before it opens.", "plans.error.closes-before");
        }
        if (!w.allows(opens, closes)) {
            throw PlanException.invalid("closes", "This window is too short: " + w.citation() + " requires at least "
                    + w.inWords() + " (" + w.note() + "). Opening on " + opens + ", it can close on " + w.earliestClose(opens)
                    + " at the earliest.", "plans.error.window", w.minimumDays(), w.citation(), w.earliestClose(opens));
        }
        for (Consultation c : consultations) {
            if (c.overlaps(opens, closes)) {
                throw PlanException.conflict("This window overlaps consultation " + c.id() + " (" + c.opens() + " to " + c.closes()
                        + "). One consultation at a time: choose dates after " + c.closes() + ".",
                        "plans.error.overlap", c.id(), c.opens(), c.closes());
            }
        }
        Consultation c = new Consultation(consultations.size() + 1, versionNumber, stage, opens, closes, w.minimumDays(),
                w.citation(), howPublicised, List.of(), by);
        consultations.add(c);
        return c;
    }

    public Consultation addConsultee(int consultation, String name, boolean statutory, String how) {
        Consultation c = consultation(consultation);
        if (name == null || name.isBlank()) {
            throw PlanException.invalid("name", "Name the body consulted.", "plans.error.consultee");
        }
        Consultation updated = c.withConsultee(new Consultee(name.strip(), statutory, how == null ? "" : how.strip(), null));
        consultations.set(consultations.indexOf(c), updated);
        return updated;
    }

    /** Marks consultee {@code index} (from 1) as notified on a day, not in the future. */
    public Consultation markNotified(int consultation, int index, LocalDate on, String how, LocalDate today) {
        Consultation c = consultation(consultation);
        if (index < 1 || index > c.consultees().size()) {
            throw new PlanException(404, null, "Consultation " + consultation + " has no consultee " + index + ".",
                    "plans.error.no-consultee", index);
        }
        if (on == null || on.isAfter(today)) {
            throw PlanException.invalid("on", "Give the day the body was notified; it cannot be in the future.", "plans.error.notified");
        }
        Consultation updated = c.withConsultee(index - 1, c.consultees().get(index - 1).notified(on, how));
        consultations.set(consultations.indexOf(c), updated);
        return updated;
    }

    /** The consultation that takes comments today, or a refusal saying when one closed or opens (409). */
    public Consultation consultationOpenOn(LocalDate today) {
        Optional<Consultation> open = consultations.stream().filter(c -> c.isOpenOn(today)).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        Optional<Consultation> upcoming = consultations.stream().filter(c -> c.opens().isAfter(today))
                .min(Comparator.comparing(Consultation::opens));
        if (upcoming.isPresent()) {
            throw PlanException.conflict("Comments on " + id + " open on " + upcoming.get().opens() + ".", "plans.error.not-yet",
                    upcoming.get().opens());
        }
        Optional<Consultation> last = consultations.stream().max(Comparator.comparing(Consultation::closes));
        if (last.isPresent()) {
            throw PlanException.conflict("The consultation on " + id + " closed on " + last.get().closes()
                    + ": comments are no longer taken.", "plans.error.closed", last.get().closes());
        }
        throw PlanException.conflict(id + " is not out to consultation.", "plans.error.no-consultation");
    }

    public Optional<Consultation> openOn(LocalDate today) {
        return consultations.stream().filter(c -> c.isOpenOn(today)).findFirst();
    }

    /**
     * An officer's answer to comment {@code commentId} made during consultation {@code consultation};
     * when the plan changed because of it, the section of the later version that changed.
     */
    public Answer answer(int consultation, String commentId, String text, Integer inVersion, String changedSection, String by,
                         LocalDate today) {
        return answer(consultation, commentId, text, inVersion, changedSection, by, today, "en");
    }

    /** As {@link #answer(int, String, String, Integer, String, String, LocalDate)}, written in {@code language}. */
    public Answer answer(int consultation, String commentId, String text, Integer inVersion, String changedSection, String by,
                         LocalDate today, String language) {
        Consultation c = consultation(consultation);
        if (text == null || text.isBlank()) {
            throw PlanException.invalid("answer", "Write the answer to the comment.", "plans.error.answer");
        }
        if (text.length() > 20_000) {
            throw PlanException.invalid("answer", "An answer may be at most 20,000 characters.", "plans.error.answer-long");
        }
        if ((inVersion == null) != (changedSection == null || changedSection.isBlank())) {
            throw PlanException.invalid("changedSection", "Give both the later version and the section that changed, or neither.",
                    "plans.error.change-both");
        }
        if (inVersion != null) {
            if (inVersion <= c.version()) {
                throw PlanException.invalid("inVersion", "The change must be in a version after " + c.version()
                        + ", the one consulted on.", "plans.error.change-later", c.version());
            }
            PlanVersion later = version(inVersion);
            if (later.section(changedSection).isEmpty()) {
                throw PlanException.invalid("changedSection", "Version " + inVersion + " has no section '" + changedSection + "'.",
                        "plans.error.change-section", inVersion, changedSection);
            }
        }
        Answer a = new Answer(commentId, text.strip(), inVersion, changedSection == null || changedSection.isBlank() ? null
                : changedSection.strip(), by, today, language);
        answers.put(commentId, a);
        return a;
    }

    // ---- adoption and progress ------------------------------------------------------------

    /** Records the adoption of a published version: the day (not in the future, not before it was published) and the decision. */
    public Adoption adopt(int versionNumber, LocalDate on, String decision, String by, LocalDate today) {
        if (adoption != null) {
            throw PlanException.conflict(id + " was adopted on " + adoption.on() + ".", "plans.error.adopted", adoption.on());
        }
        PlanVersion v = version(versionNumber);
        if (!v.published()) {
            throw PlanException.conflict("Version " + versionNumber + " is a draft: only a published version can be adopted.",
                    "plans.error.adopt-draft", versionNumber);
        }
        if (on == null || on.isAfter(today)) {
            throw PlanException.invalid("on", "Give the day the plan was adopted; it cannot be in the future.", "plans.error.adopt-date");
        }
        if (decision == null || decision.isBlank()) {
            throw PlanException.invalid("decision", "Say what decided it (a minute, a resolution, a board meeting).",
                    "plans.error.decision");
        }
        Optional<Consultation> open = openOn(today);
        if (open.isPresent() && open.get().version() == versionNumber) {
            throw PlanException.conflict("Consultation " + open.get().id() + " on this version runs until " + open.get().closes()
                    + ": adopt it after the consultation closes.", "plans.error.adopt-open", open.get().closes());
        }
        adoption = new Adoption(on, decision.strip(), versionNumber, by);
        return adoption;
    }

    public ProgressUpdate recordProgress(String action, ActionStatus status, String note, Map<String, BigDecimal> values,
                                         LocalDate on, String by, LocalDate today) {
        if (adoption == null) {
            throw PlanException.conflict("Record progress once the plan is adopted.", "plans.error.not-adopted");
        }
        Section s = version(adoption.version()).section(action == null ? "" : action)
                .filter(x -> x.kind() == SectionKind.ACTION)
                .orElseThrow(() -> new PlanException(404, "action", "The adopted plan has no action '" + action + "'.",
                        "plans.error.no-action", String.valueOf(action)));
        if (status == null) {
            throw PlanException.invalid("status", "Choose a status: NOT_STARTED, ON_TRACK, DELAYED, COMPLETE or DROPPED.",
                    "plans.error.status");
        }
        if (on == null || on.isAfter(today) || on.isBefore(adoption.on())) {
            throw PlanException.invalid("on", "The day of the update must be between adoption (" + adoption.on() + ") and today.",
                    "plans.error.progress-date", adoption.on());
        }
        if (values != null) {
            for (String k : values.keySet()) {
                if (s.action() == null || s.action().indicators().stream().noneMatch(i -> i.key().equals(k))) {
                    throw PlanException.invalid("values", "Action '" + action + "' has no indicator '" + k + "'.",
                            "plans.error.indicator", k);
                }
            }
        }
        if (note != null && note.length() > 20_000) {
            throw PlanException.invalid("note", "A progress note may be at most 20,000 characters.", "plans.error.note-long");
        }
        ProgressUpdate u = new ProgressUpdate(action, on, status, note, values, by);
        progress.add(u);
        return u;
    }

    /** The report the plan owes next: after the last one published. */
    public Optional<ReportingCycle.ReportDue> nextReport(PlanRules rules) {
        if (adoption == null) {
            return Optional.empty();
        }
        return report(reports.size() + 1, rules);
    }

    public Optional<ReportingCycle.ReportDue> report(int n, PlanRules rules) {
        if (adoption == null) {
            return Optional.empty();
        }
        LocalDate previous = reports.stream().filter(r -> r.number() == n - 1).map(PublishedReport::on).findFirst().orElse(null);
        return rules.reporting().report(n, adoption.on(), previous);
    }

    public PublishedReport markReportPublished(int n, LocalDate on, String by, PlanRules rules, LocalDate today) {
        if (report(n, rules).isEmpty()) {
            throw PlanException.conflict("A " + type.label("en").toLowerCase() + " under " + rules.id() + " has no progress report "
                    + n + " to publish.", "plans.error.no-report", n);
        }
        if (n != reports.size() + 1) {
            throw PlanException.conflict("Publish report " + (reports.size() + 1) + " next.", "plans.error.report-order", reports.size() + 1);
        }
        if (on == null || on.isAfter(today)) {
            throw PlanException.invalid("on", "Give the day the report was published; it cannot be in the future.", "plans.error.report-date");
        }
        PublishedReport r = new PublishedReport(n, on, by);
        reports.add(r);
        return r;
    }

    // ---- reading --------------------------------------------------------------------------

    public PlanVersion version(int n) {
        return versions.stream().filter(v -> v.number() == n).findFirst()
                .orElseThrow(() -> new PlanException(404, null, id + " has no version " + n + ".", "plans.error.no-version", n));
    }

    public Consultation consultation(int n) {
        return consultations.stream().filter(c -> c.id() == n).findFirst()
                .orElseThrow(() -> new PlanException(404, null, id + " has no consultation " + n + ".", "plans.error.no-consultation-n", n));
    }

    public Optional<PlanVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<PlanVersion> latestPublished() {
        return versions.stream().filter(PlanVersion::published).reduce((a, b) -> b);
    }

    /** The latest update of an action on or before a day. */
    public Optional<ProgressUpdate> progressOf(String action, LocalDate onOrBefore) {
        return progress.stream().filter(u -> u.action().equals(action) && !u.on().isAfter(onOrBefore))
                .max(Comparator.comparing(ProgressUpdate::on));
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(UK).toLocalDate();
    }

    public String id() { return id; }
    public PlanType type() { return type; }
    public String rules() { return rules; }
    public Bilingual title() { return title; }
    public boolean welshFirst() { return welshFirst; }
    public Area area() { return area; }
    public String organisation() { return organisation; }
    public LocalDate started() { return started; }
    public List<PlanVersion> versions() { return List.copyOf(versions); }
    public List<Consultation> consultations() { return List.copyOf(consultations); }
    public Map<String, Answer> answers() { return Map.copyOf(answers); }
    public Optional<Adoption> adoption() { return Optional.ofNullable(adoption); }
    public List<ProgressUpdate> progress() { return List.copyOf(progress); }
    public List<PublishedReport> reports() { return List.copyOf(reports); }
}
