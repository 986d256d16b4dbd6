package org.folkmoot.example.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.web.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /example}: the module's page, in the shared layout, in English or Welsh, with a small
 * form that shows how the page kit reports errors: each beside its field, all in the summary above.
 * It returns a {@link Page}; the web bundle renders it in the request's language.
 */
@Component(service = ExamplePage.class, scope = ServiceScope.PROTOTYPE, configurationPid = ExampleResource.PID)
@JakartarsResource
@JakartarsName("folkmoot.example.page")
@Path("example")
public class ExamplePage {

    private volatile GreetingConfig config;

    @Activate
    public ExamplePage(GreetingConfig config) {
        this.config = config;
    }

    /**
     * A configuration that arrives or changes applies in place. Without this method DS would
     * deactivate the component and register it again, and requests in between would fail.
     */
    @Modified
    void modified(GreetingConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page page() {
        return page(Map.of(), Map.of(), "", null);
    }

    /**
     * The form: a name and the date of a visit, which may not be in the future. Refused, the page
     * comes back (422) with what was typed and an error for each field at fault, keyed by the id
     * the error summary links to (a date's first wrong part); accepted, with a thank-you.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page submit(@FormParam("name") String name, @FormParam("visited-day") String day,
                       @FormParam("visited-month") String month, @FormParam("visited-year") String year) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name == null ? "" : name.strip());
        values.put("day", day == null ? "" : day.strip());
        values.put("month", month == null ? "" : month.strip());
        values.put("year", year == null ? "" : year.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("name").isEmpty()) {
            errors.put("name", "example.error.name");
        }
        LocalDate visited = visited(values, errors);
        if (!errors.isEmpty()) {
            return page(values, errors, "", null).withStatus(422);
        }
        return page(Map.of(), Map.of(), values.get("name"), visited);
    }

    /** The visit's date, or null with the error under the first part that is wrong. */
    private static LocalDate visited(Map<String, String> values, Map<String, String> errors) {
        if (values.get("day").isEmpty() && values.get("month").isEmpty() && values.get("year").isEmpty()) {
            errors.put("visited-day", "example.error.date.missing");
            return null;
        }
        for (String part : new String[] {"day", "month", "year"}) {
            if (!values.get(part).matches("\\d{1," + (part.equals("year") ? 4 : 2) + "}")) {
                errors.put("visited-" + part, "example.error.date." + part);
                return null;
            }
        }
        int monthNumber = Integer.parseInt(values.get("month"));
        if (monthNumber < 1 || monthNumber > 12) {
            errors.put("visited-month", "example.error.date.month");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(values.get("year")), Integer.parseInt(values.get("month")),
                    Integer.parseInt(values.get("day")));
            if (date.isAfter(LocalDate.now(ZoneId.of("Europe/London")))) {
                errors.put("visited-day", "example.error.date.future");
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.put("visited-day", "example.error.date.real");
            return null;
        }
    }

    private Page page(Map<String, String> values, Map<String, String> errors, String thanks, LocalDate visited) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("greeting", config.greeting());
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("thanks", thanks);
        if (visited != null) {
            model.put("visited", visited);
        }
        return Page.of(ExamplePage.class, "example.ftlh", model);
    }
}
