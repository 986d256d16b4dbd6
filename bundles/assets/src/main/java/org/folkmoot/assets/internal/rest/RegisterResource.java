package org.folkmoot.assets.internal.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.assets.internal.cases.DisposalLock;
import org.folkmoot.assets.internal.register.Asset;
import org.folkmoot.assets.internal.register.AssetKey;
import org.folkmoot.assets.internal.register.ImportResult;
import org.folkmoot.assets.internal.register.Location;
import org.folkmoot.assets.internal.register.TransparencyCodeCsv;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The asset register as open data ({@code GET /api/assets/register}, JSON or
 * {@code ?format=csv} in the Transparency Code columns) and its import by an officer
 * ({@code POST /api/assets/register/import}, the CSV as the body).
 */
@Component(service = RegisterResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.register")
@Path("/api/assets/register")
public class RegisterResource {
    /** Large enough for any council's register (Cheltenham's is 117 kB). */
    public static final long MAX_IMPORT_BYTES = 32L << 20;
    public static final String CSV = "text/csv";

    /** A register entry as published. */
    public record AssetView(String uprn, String assetCode, String name, String address, String postTown, String postcode,
                            String locationCrs, BigDecimal x, BigDecimal y, Double latitude, Double longitude,
                            String tenureType, String tenureDetail, String holdingType, String currentUse,
                            String condition, String organisation, String organisationLabel,
                            List<DisposalLock> disposalLocks) {
        static AssetView of(Asset a, List<DisposalLock> locks) {
            Location loc = a.location().orElse(null);
            double[] ll = loc == null ? null : loc.latLong();
            return new AssetView(a.uprn(), a.assetCode(), a.displayName(), a.address(), a.postTown(), a.postcode(),
                    loc == null ? null : loc.crs().name(), loc == null ? null : loc.x(), loc == null ? null : loc.y(),
                    ll == null ? null : round(ll[0]), ll == null ? null : round(ll[1]), a.tenureType(), a.tenureDetail(),
                    a.holdingType(), a.currentUse(), a.condition(), a.organisation(), a.organisationLabel(), locks);
        }

        private static double round(double d) {
            return Math.round(d * 1e6) / 1e6;
        }
    }

    /** What an import answers. */
    public record ImportAnswer(int imported, int created, int updated, List<ImportResult.LineError> errors) {
    }

    private final AssetStore store;

    @Activate
    public RegisterResource(@Reference AssetStore store) {
        this.store = store;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response register(@QueryParam("format") String format) {
        String f = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        switch (f) {
            case "json", "":
                Map<AssetKey, List<DisposalLock>> locks = store.cases() == null ? Map.of()
                        : store.cases().allLocks().stream().filter(RegisterResource::onRegisteredLand).collect(Collectors.groupingBy(
                                l -> new AssetKey(l.land().uprn(), l.land().assetCode())));
                return Response.ok(store.register().all().stream()
                        .map(a -> AssetView.of(a, locks.getOrDefault(a.key(), List.of()))).toList(),
                        MediaType.APPLICATION_JSON_TYPE).build();
            case "csv":
                StreamingOutput body = out -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    new TransparencyCodeCsv(store.register()).export(w);
                };
                return Response.ok(body, CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"land-and-assets.csv\"")
                        .build();
            default:
                throw new BadRequestException("Unknown format '" + format + "': use json or csv.");
        }
    }

    /** A request may be for land described only (not in the register): its lock shows on the case, not on an asset. */
    static boolean onRegisteredLand(DisposalLock lock) {
        return !lock.land().uprn().isEmpty() || !lock.land().assetCode().isEmpty();
    }

    @POST
    @Path("import")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    @BodyLimit(bytes = MAX_IMPORT_BYTES)
    public ImportAnswer importRegister(byte[] body, @Context SecurityContext sc) {
        Officers.require(sc);
        if (body == null || body.length == 0) {
            throw new BadRequestException("The body is empty: send the land and assets CSV as the request body.");
        }
        ImportResult r = new TransparencyCodeCsv(store.register()).importCsv(body);
        if (r.unusable()) {
            ImportResult.LineError why = r.errors().get(r.errors().size() - 1);
            throw new ClientErrorException("Line " + why.line() + ": " + why.message() + " Nothing was imported.", 422);
        }
        return new ImportAnswer(r.imported(), r.created(), r.updated(), r.errors());
    }
}
