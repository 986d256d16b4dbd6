package org.folkmoot.assets.internal.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.folkmoot.assets.internal.acv.AcvOpenDataExport;
import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue;
import org.folkmoot.assets.internal.cases.CaseEvent;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.assets.internal.cases.CaseException;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.CaseKind;
import org.folkmoot.assets.internal.cases.Deadline;
import org.folkmoot.assets.internal.cases.DeadlineBoard;
import org.folkmoot.assets.internal.cases.DisposalLock;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.NonStatutoryTransfer;
import org.folkmoot.assets.internal.cases.CaseSteps;
import org.folkmoot.assets.internal.cases.Nominator;
import org.folkmoot.assets.internal.cases.Party;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.register.AssetKey;
import org.folkmoot.assets.internal.register.Asset;
import org.folkmoot.assets.internal.register.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Cases over REST. Officers open cases and record steps; anyone reads a case's status, deadlines
 * and public timeline, and the list of assets of community value. A step is named as in the
 * timeline, with its arguments by name, for example
 * {@code {"step":"decision","date":"2026-11-23","args":{"decision":"AGREED","offerDeadline":"2027-05-24"}}}.
 * A step the case's state does not allow answers 409; bad data 422.
 */
@Component(service = CasesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.cases")
@Path("/api/assets/cases")
public class CasesResource {

    public record NewRequest(String id, String uprn, String assetCode, String land, String communityBody,
                             String transferType, String authority, LocalDate date, String note) {
    }

    public record NewNomination(String id, String uprn, String assetCode, String land, String name, String address,
                                String nominator, String nominatorKind, Integer members, Boolean localConnection,
                                LocalDate date, String note) {
    }

    public record NewTransfer(String id, String uprn, String assetCode, String land, String group, String pipeline,
                              LocalDate date, String note) {
    }

    public record StepRequest(String step, LocalDate date, String note, Map<String, String> args) {
    }

    /** A step on the public timeline: what happened and when, without officers' names or notes. */
    public record TimelineEntry(int sequence, String step, LocalDate date, String state) {
    }

    public record CaseView(String id, String kind, String state, LandReference land, String party, String rules,
                           List<Deadline> deadlines, Optional<DisposalLock> disposalLock, List<TimelineEntry> timeline) {
    }

    private final AssetStore store;

    @Activate
    public CasesResource(@Reference AssetStore store) {
        this.store = store;
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    public CaseView openRequest(NewRequest r, @Context SecurityContext sc) {
        require(r != null, "Send the request as JSON.");
        return view(run(() -> store.cases().openRequest(r.id(), land(r.uprn(), r.assetCode(), r.land()), r.communityBody(),
                r.transferType(), r.authority(), act(r.date(), r.note(), sc))));
    }

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    public CaseView openNomination(NewNomination n, @Context SecurityContext sc) {
        require(n != null, "Send the nomination as JSON.");
        return view(run(() -> {
            Nominator.Kind kind = CaseSteps.choice("nominatorKind", n.nominatorKind(), Nominator.Kind.class);
            Nominator nominator = new Nominator(n.nominator(), kind, n.members() == null ? 0 : n.members(),
                    Boolean.TRUE.equals(n.localConnection()));
            return store.cases().openNomination(n.id(), land(n.uprn(), n.assetCode(), n.land()), n.name(), n.address(),
                    nominator, act(n.date(), n.note(), sc));
        }));
    }

    @POST
    @Path("transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    public CaseView openTransfer(NewTransfer t, @Context SecurityContext sc) {
        require(t != null, "Send the transfer as JSON.");
        return view(run(() -> store.cases().openTransfer(t.id(), land(t.uprn(), t.assetCode(), t.land()), t.group(),
                t.pipeline(), act(t.date(), t.note(), sc))));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    public CaseView step(@PathParam("id") String id, StepRequest s, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
                         @Context SecurityContext sc) {
        require(s != null && s.step() != null && !s.step().isBlank(), "Name the step, e.g. {\"step\":\"validated\",\"date\":\"2026-11-23\"}.");
        return view(run(lang, () -> store.cases().step(id, s.step().strip(), act(s.date(), s.note(), sc),
                s.args() == null ? Map.of() : s.args())).orElseThrow(() -> new NotFoundException("There is no case " + id + ".")));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseView get(@PathParam("id") String id) {
        return view(found(id));
    }

    /** The full audit trail, with who recorded each step and their notes. */
    @GET
    @Path("{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    public List<CaseEvent> audit(@PathParam("id") String id, @Context SecurityContext sc) {
        Officers.require(sc);
        return found(id).events();
    }

    @GET
    @Path("deadlines")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    public DeadlineBoard.View deadlines(@QueryParam("days") Integer days, @QueryParam("party") String party,
                                        @Context SecurityContext sc) {
        Officers.require(sc);
        Party owedBy = party == null || party.isBlank() ? null : run(() -> CaseSteps.choice("party", party, Party.class));
        return run(() -> store.cases().dashboard(days == null ? 28 : days, owedBy));
    }

    /** The list of assets of community value and of unsuccessful nominations, in planning.data.gov.uk fields. */
    @GET
    @Path("community-value-list")
    @Produces({MediaType.APPLICATION_JSON, RegisterResource.CSV})
    public Response communityValueList(@QueryParam("format") String format, @QueryParam("organisation") String organisation) {
        if (organisation != null && !organisation.isBlank() && !organisation.strip().matches("[a-z][a-z-]{0,40}:[A-Za-z0-9-]{1,40}")) {
            throw new BadRequestException("organisation is planning.data.gov.uk's CURIE for the council, for example "
                    + "local-authority:CHT.");
        }
        AcvOpenDataExport export = new AcvOpenDataExport(organisation == null ? null : organisation.strip(), this::locate);
        List<AssetOfCommunityValue> cases = store.cases().allNominations();
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Response.ok(export.rows(cases), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new BadRequestException("Unknown format '" + format + "': use json or csv.");
        }
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.writeCsv(cases, w);
        };
        return Response.ok(body, RegisterResource.CSV + "; charset=UTF-8").build();
    }

    private Optional<Location> locate(LandReference land) {
        if (land.uprn().isEmpty() && land.assetCode().isEmpty()) {
            return Optional.empty();
        }
        return store.register().find(new AssetKey(land.uprn(), land.assetCode())).flatMap(Asset::location);
    }

    private CaseFile<?> found(String id) {
        return store.cases().load(id).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
    }

    private static CaseView view(CaseFile<?> c) {
        LandReference land;
        String party;
        String rules;
        Optional<DisposalLock> lock = Optional.empty();
        if (c instanceof ScottishAssetTransferRequest r) {
            land = r.land();
            party = r.communityBody();
            rules = r.rules().id();
            lock = r.disposalLock();
        } else if (c instanceof AssetOfCommunityValue a) {
            land = a.land();
            party = a.nominator().name();
            rules = a.rules().id();
        } else {
            NonStatutoryTransfer t = (NonStatutoryTransfer) c;
            land = t.land();
            party = t.communityGroup();
            rules = t.pipeline().id();
        }
        List<TimelineEntry> timeline = c.events().stream()
                .map(e -> new TimelineEntry(e.sequence(), e.type(), e.effectiveDate(), e.toState())).toList();
        return new CaseView(c.id(), CaseKind.of(c).name(), c.state().name(), land, party, rules, c.deadlines(), lock, timeline);
    }

    /** The officer's act; checks the officer may manage this module (403 otherwise). */
    private static Act act(LocalDate date, String note, SecurityContext sc) {
        String who = Officers.require(sc).id();
        if (date == null) {
            throw CaseException.invalid("Give the date of the step as YYYY-MM-DD.");
        }
        return new Act(date, who, note);
    }

    private static LandReference land(String uprn, String assetCode, String description) {
        return new LandReference(uprn, assetCode, description);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new BadRequestException(message);
        }
    }

    /** A step in English, as the REST API answers without {@code ?lang=cy}. */
    public CaseView step(String id, StepRequest s, SecurityContext sc) {
        return step(id, s, null, sc);
    }

    /** Domain refusals become the answers the web layer turns into problem+json: 409 or 422, in English. */
    private static <T> T run(Supplier<T> action) {
        return run(null, action);
    }

    /** As {@link #run(Supplier)}, in Welsh when the request asks for it ({@code ?lang=cy}). */
    private static <T> T run(String language, Supplier<T> action) {
        try {
            return action.get();
        } catch (CaseException e) {
            throw new ClientErrorException(e.message(language), e.httpStatus());
        }
    }
}
