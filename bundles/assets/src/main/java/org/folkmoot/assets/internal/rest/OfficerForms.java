package org.folkmoot.assets.internal.rest;

import static org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State.LISTED;
import static org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State.NOMINATED;
import static org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State.OWNER_REVIEW;
import static org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State.TRIBUNAL_APPEAL;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.AGREED;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.ASSESSMENT;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.COMMUNITY_BODY_COMMENTS;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.CONTRACT_CONCLUDED;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.INCOMPLETE;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.NOTICES_AND_REPRESENTATIONS;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.NOT_DETERMINED;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.NO_CONTRACT_APPEAL;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.OFFER_SUBMITTED;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.REFUSED;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.SUBMITTED;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.UNDER_APPEAL;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.UNDER_REVIEW;
import static org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State.VALIDATED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.NonStatutoryTransfer;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;

/**
 * The officers' step forms on a case page: for each kind of case, the common steps, the states
 * they are offered in and their fields (named as the step's arguments, so a form posts exactly
 * what the REST API takes). The domain still decides: a step offered here that the case refuses
 * comes back as the form's error.
 */
final class OfficerForms {

    enum Type { DATE, TEXT, CHOICE }

    /** A form field: the step argument's name, its kind, the choices of a CHOICE, and whether it may be left empty. */
    record Field(String name, Type type, List<String> options, boolean optional) {
        static Field date(String name) {
            return new Field(name, Type.DATE, List.of(), false);
        }

        static Field optionalDate(String name) {
            return new Field(name, Type.DATE, List.of(), true);
        }

        static Field text(String name) {
            return new Field(name, Type.TEXT, List.of(), false);
        }

        static Field optionalText(String name) {
            return new Field(name, Type.TEXT, List.of(), true);
        }

        static Field choice(String name, String... options) {
            return new Field(name, Type.CHOICE, List.of(options), false);
        }
    }

    /** A step an officer records from a form, and the states it is offered in. */
    record StepForm(String step, Set<? extends Enum<?>> states, List<Field> fields) {
    }

    private static final String[] DECISIONS = {"AGREED", "REFUSED"};
    private static final String[] OUTCOMES = {"DECISION_CONFIRMED", "DECISION_MODIFIED", "DECISION_SUBSTITUTED"};

    private static final Set<ScottishAssetTransferRequest.State> BEFORE_DECISION =
            EnumSet.of(VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS, ASSESSMENT);
    private static final Set<ScottishAssetTransferRequest.State> DECIDED = EnumSet.of(AGREED, REFUSED, NOT_DETERMINED);

    private static final List<StepForm> SCOTLAND = List.of(
            new StepForm("incomplete", EnumSet.of(SUBMITTED), List.of(Field.text("missing"))),
            new StepForm("validated", EnumSet.of(SUBMITTED, INCOMPLETE), List.of()),
            new StepForm("notices-given", EnumSet.of(VALIDATED), List.of(Field.date("closingDate"))),
            new StepForm("comments-invited", EnumSet.of(NOTICES_AND_REPRESENTATIONS), List.of()),
            new StepForm("assessment-started", EnumSet.of(VALIDATED, NOTICES_AND_REPRESENTATIONS, COMMUNITY_BODY_COMMENTS),
                    List.of()),
            new StepForm("decision", union(BEFORE_DECISION, EnumSet.of(NOT_DETERMINED)),
                    List.of(Field.choice("decision", DECISIONS), Field.optionalDate("offerDeadline"))),
            new StepForm("decision-period-extended", BEFORE_DECISION, List.of(Field.date("newLastDay"))),
            new StepForm("not-determined", BEFORE_DECISION, List.of()),
            new StepForm("review-applied", DECIDED, List.of()),
            new StepForm("appeal-made", DECIDED, List.of()),
            new StepForm("review-decision", EnumSet.of(UNDER_REVIEW), List.of(Field.choice("outcome", OUTCOMES),
                    Field.choice("decision", DECISIONS), Field.optionalDate("offerDeadline"))),
            new StepForm("appeal-decision", EnumSet.of(UNDER_APPEAL), List.of(Field.choice("outcome", OUTCOMES),
                    Field.choice("decision", DECISIONS), Field.optionalDate("offerDeadline"))),
            new StepForm("offer-submitted", EnumSet.of(AGREED), List.of()),
            new StepForm("contract-concluded", EnumSet.of(OFFER_SUBMITTED, NO_CONTRACT_APPEAL), List.of()),
            new StepForm("no-contract-appeal", EnumSet.of(OFFER_SUBMITTED), List.of()),
            new StepForm("concluded", EnumSet.of(CONTRACT_CONCLUDED), List.of()),
            new StepForm("lapsed", EnumSet.of(AGREED, OFFER_SUBMITTED, NO_CONTRACT_APPEAL), List.of()),
            new StepForm("withdrawn", EnumSet.complementOf(EnumSet.of(CONTRACT_CONCLUDED,
                    ScottishAssetTransferRequest.State.CONCLUDED, ScottishAssetTransferRequest.State.LAPSED,
                    ScottishAssetTransferRequest.State.WITHDRAWN, ScottishAssetTransferRequest.State.DECLINED)), List.of()));

    private static final Set<org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State> LISTED_OR_CHALLENGED =
            EnumSet.of(LISTED, OWNER_REVIEW, TRIBUNAL_APPEAL);

    private static final List<StepForm> ENGLAND = List.of(
            new StepForm("listed", EnumSet.of(NOMINATED), List.of()),
            new StepForm("unsuccessful", EnumSet.of(NOMINATED), List.of(Field.text("reasons"))),
            new StepForm("owner-notified", EnumSet.of(LISTED), List.of()),
            new StepForm("review-requested", EnumSet.of(LISTED), List.of()),
            new StepForm("review-upheld-listing", EnumSet.of(OWNER_REVIEW), List.of(Field.text("reasons"))),
            new StepForm("review-removed-listing", EnumSet.of(OWNER_REVIEW), List.of(Field.text("reasons"))),
            new StepForm("tribunal-appeal", EnumSet.of(LISTED), List.of()),
            new StepForm("tribunal-upheld-listing", EnumSet.of(TRIBUNAL_APPEAL), List.of()),
            new StepForm("tribunal-removed-listing", EnumSet.of(TRIBUNAL_APPEAL), List.of()),
            new StepForm("disposal-notified", LISTED_OR_CHALLENGED, List.of()),
            new StepForm("request-to-bid", LISTED_OR_CHALLENGED, List.of(Field.text("group"))),
            new StepForm("disposed", LISTED_OR_CHALLENGED, List.of(Field.optionalText("detail"))),
            new StepForm("removed", EnumSet.of(LISTED), List.of(Field.text("reasons"))),
            new StepForm("expired", EnumSet.of(LISTED), List.of()));

    private static final List<StepForm> NON_STATUTORY = List.of(
            new StepForm("stage-advanced", EnumSet.of(NonStatutoryTransfer.State.IN_PROGRESS), List.of()),
            new StepForm("completed", EnumSet.of(NonStatutoryTransfer.State.IN_PROGRESS), List.of()),
            new StepForm("declined", EnumSet.of(NonStatutoryTransfer.State.IN_PROGRESS), List.of(Field.text("reasons"))),
            new StepForm("withdrawn", EnumSet.of(NonStatutoryTransfer.State.IN_PROGRESS), List.of()));

    /** The choices of the new-request form. */
    static final List<String> TRANSFER_TYPES = List.of("OWNERSHIP", "LEASE", "OTHER_RIGHTS");
    static final List<String> AUTHORITIES = List.of("LOCAL_AUTHORITY", "OTHER_RELEVANT_AUTHORITY");
    /** The fields of the new-request form, as the REST API names them. */
    static final List<String> REQUEST_FIELDS = List.of("id", "uprn", "assetCode", "land", "communityBody", "transferType",
            "authority", "date", "note");

    /** The nominating bodies of the new-nomination form. */
    static final List<String> NOMINATOR_KINDS = java.util.Arrays.stream(
            org.folkmoot.assets.internal.cases.Nominator.Kind.values()).map(Enum::name).toList();
    /** The fields of the new-nomination form, as the REST API names them. */
    static final List<String> NOMINATION_FIELDS = List.of("id", "uprn", "assetCode", "land", "name", "address", "nominator",
            "nominatorKind", "members", "localConnection", "date", "note");

    private OfficerForms() {
    }

    /** The steps offered on this case now. */
    static List<StepForm> offered(CaseFile<?> c) {
        List<StepForm> out = new ArrayList<>();
        for (StepForm f : all(c)) {
            if (!f.states().contains(c.state())) {
                continue;
            }
            if (c instanceof ScottishAssetTransferRequest r) {
                boolean council = r.authorityKind() == AuthorityKind.LOCAL_AUTHORITY;
                if ((f.step().startsWith("review-") && !council) || (f.step().startsWith("appeal-") && council)) {
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    /** A step this kind of case has a form for. */
    static Optional<StepForm> find(CaseFile<?> c, String step) {
        return all(c).stream().filter(f -> f.step().equals(step)).findFirst();
    }

    private static List<StepForm> all(CaseFile<?> c) {
        if (c instanceof ScottishAssetTransferRequest) {
            return SCOTLAND;
        }
        if (c instanceof NonStatutoryTransfer) {
            return NON_STATUTORY;
        }
        return ENGLAND;
    }

    /** The step's arguments from a posted form: its own fields only, empty ones left out. */
    static Map<String, String> args(StepForm form, Map<String, String> posted) {
        Map<String, String> args = new LinkedHashMap<>();
        for (Field f : form.fields()) {
            String v = posted.get(f.name());
            if (v != null && !v.isBlank()) {
                args.put(f.name(), v.strip());
            }
        }
        return args;
    }

    /** The forms as the template reads them. */
    static List<Map<String, Object>> model(List<StepForm> forms) {
        return forms.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", f.step());
            m.put("fields", f.fields().stream().map(field -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("name", field.name());
                fm.put("type", field.type().name());
                fm.put("options", field.options());
                fm.put("optional", field.optional());
                return (Map<String, Object>) fm;
            }).toList());
            return (Map<String, Object>) m;
        }).toList();
    }

    /**
     * The errors of a step's form before the case sees it: the date, and each field the step needs,
     * present and well formed. Keyed by the id of the field in the page (what the error summary
     * links to), in the order of the form; the values are message keys.
     */
    static Map<String, String> check(StepForm form, Map<String, String> posted) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkDate(errors, fieldId(form, "date"), "date", posted.get("date"), false);
        for (Field f : form.fields()) {
            String value = posted.get(f.name());
            String id = fieldId(form, f.name());
            if (f.type() == Type.DATE) {
                checkDate(errors, id, f.name(), value, f.optional());
            } else if (!f.optional() && (value == null || value.isBlank())) {
                errors.put(id, "assets.error." + f.name());
            } else if (f.type() == Type.CHOICE && !f.options().contains(value.strip())) {
                errors.put(id, "assets.error." + f.name());
            }
        }
        return errors;
    }

    /** The id of a step form's field in the case page; a field the form does not have is the step's date. */
    static String fieldId(StepForm form, String field) {
        boolean has = field.equals("note") || form.fields().stream().anyMatch(f -> f.name().equals(field));
        return form.step() + "-" + (has ? field : "date");
    }

    /** The new-request form's errors, as {@link #check} does for a step. */
    static Map<String, String> checkRequest(Map<String, String> posted) {
        Map<String, String> errors = new LinkedHashMap<>();
        require(errors, posted, "id");
        checkLand(errors, posted);
        require(errors, posted, "communityBody");
        choice(errors, posted, "transferType", TRANSFER_TYPES);
        choice(errors, posted, "authority", AUTHORITIES);
        checkDate(errors, "date", "date", posted.get("date"), false);
        return errors;
    }

    /** The new-nomination form's errors, as {@link #check} does for a step. */
    static Map<String, String> checkNomination(Map<String, String> posted) {
        Map<String, String> errors = new LinkedHashMap<>();
        require(errors, posted, "id");
        checkLand(errors, posted);
        require(errors, posted, "name");
        require(errors, posted, "nominator");
        choice(errors, posted, "nominatorKind", NOMINATOR_KINDS);
        String members = posted.getOrDefault("members", "").strip();
        if (!members.isEmpty() && !members.matches("\\d{1,6}")) {
            errors.put("members", "assets.error.members");
        }
        checkDate(errors, "date", "date", posted.get("date"), false);
        return errors;
    }

    private static void require(Map<String, String> errors, Map<String, String> posted, String field) {
        if (posted.getOrDefault(field, "").isBlank()) {
            errors.put(field, "assets.error." + field);
        }
    }

    private static void choice(Map<String, String> errors, Map<String, String> posted, String field, List<String> options) {
        if (!options.contains(posted.getOrDefault(field, "").strip())) {
            errors.put(field, "assets.error." + field);
        }
    }

    /** Some land: a UPRN, an asset code or a description; the error sits at the first of the three. */
    private static void checkLand(Map<String, String> errors, Map<String, String> posted) {
        if (posted.getOrDefault("uprn", "").isBlank() && posted.getOrDefault("assetCode", "").isBlank()
                && posted.getOrDefault("land", "").isBlank()) {
            errors.put("uprn", "assets.error.land");
        }
    }

    private static void checkDate(Map<String, String> errors, String id, String field, String value, boolean optional) {
        if (value == null || value.isBlank()) {
            if (!optional) {
                errors.put(id, "assets.error." + field);
            }
            return;
        }
        try {
            java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(id, "assets.error.dateformat");
        }
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> union(Set<E> first, Set<E>... more) {
        EnumSet<E> out = EnumSet.copyOf(first);
        for (Set<E> s : more) {
            out.addAll(s);
        }
        return out;
    }
}
