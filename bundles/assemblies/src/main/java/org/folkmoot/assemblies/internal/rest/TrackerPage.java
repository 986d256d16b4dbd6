package org.folkmoot.assemblies.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.implementation.RollUp;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /assemblies/tracker}: every announced assembly with recommendations, each in a line ("12 of
 * 17 recommendations accepted; 5 in progress, 3 done"), responses overdue marked, in English and Welsh.
 */
@Component(service = TrackerPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.tracker")
@Path("assemblies/tracker")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class TrackerPage {
    private final Recommendations recommendations;
    private final Implementation implementation;

    @Activate
    public TrackerPage(@Reference Recommendations recommendations, @Reference Implementation implementation) {
        this.recommendations = recommendations;
        this.implementation = implementation;
    }

    /** An assembly on the tracker. */
    public record Row(Assembly assembly, RollUp rollUp) {
    }

    @GET
    public Page tracker() {
        List<Row> rows = new ArrayList<>();
        for (Assembly a : recommendations.assemblies().assemblies().all()) {
            if (!a.isPublic(recommendations.today())) {
                continue;
            }
            RollUp r = implementation.tracked(a.id()).rollUp();
            if (r.drafted() > 0) {
                rows.add(new Row(a, r));
            }
        }
        return Page.of(TrackerPage.class, "assemblies-tracker.ftlh", Map.of("rows", rows));
    }
}
