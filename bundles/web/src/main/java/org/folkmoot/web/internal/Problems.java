package org.folkmoot.web.internal;

import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns whatever a request threw into the problem a client should see: the client's mistake
 * is named plainly with a 4xx; our own failure is a 500 that reveals nothing but an incident id.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static Problem of(Throwable thrown, String path) {
        BodyTooLargeException tooLarge = find(thrown, BodyTooLargeException.class);
        if (tooLarge != null) {
            return problem(413, tooLarge.getMessage(), path);
        }
        org.folkmoot.api.files.FileRefused refused = find(thrown, org.folkmoot.api.files.FileRefused.class);
        if (refused != null) {
            // A module passes the platform's refusal of an upload on as it is: nothing was stored.
            int status = switch (refused.reason()) {
                case TOO_LARGE -> 413;
                case WRONG_TYPE -> 415;
                case INVALID -> 422;
            };
            return problem(status, refused.getMessage(), path);
        }
        JsonProcessingException json = find(thrown, JsonProcessingException.class);
        if (json != null) {
            return problem(400, describe(json), path);
        }
        if (thrown instanceof ParamException param && param.getCause() instanceof IllegalArgumentException why
                && why.getMessage() != null) {
            // a parameter converter (dates through DateInput) that says what to send instead
            return problem(400, "The " + param.getParameterType().getSimpleName().replace("Param", "").toLowerCase()
                    + " parameter '" + param.getParameterName() + "' is not valid: " + why.getMessage(), path);
        }
        if (thrown instanceof ParamException param) {
            return problem(400, "The " + param.getParameterType().getSimpleName().replace("Param", "").toLowerCase()
                    + " parameter '" + param.getParameterName() + "' has a value that is not valid here.", path);
        }
        if (thrown instanceof NotFoundException && isDefaultMessage(thrown)) {
            return problem(404, "There is nothing at " + path + ". Check the address; GET /api/modules lists what this council has enabled.", path);
        }
        if (thrown instanceof NotAllowedException notAllowed && isDefaultMessage(thrown)) {
            return problem(405, "This address does not accept that method. Allowed: "
                    + String.join(", ", notAllowed.getResponse().getAllowedMethods()) + ".", path);
        }
        if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return problem(status, isDefaultMessage(thrown) ? null : thrown.getMessage(), path);
            }
        }
        if (RestartingModuleAnswer.isEndpointWithoutInstance(thrown)) {
            LOG.info("{} answered 503: its module is restarting", path);
            return problem(503, RestartingModuleAnswer.RESTARTING, path);
        }
        if (DatabaseUnavailable.isCause(thrown)) {
            LOG.warn("{} answered 503: the database cannot be reached ({})", path, DatabaseUnavailable.describe(thrown));
            return problem(503, DatabaseUnavailable.DETAIL, path);
        }
        java.io.EOFException cutShort = find(thrown, java.io.EOFException.class);
        if (cutShort != null) {
            // Jetty's EofException: the client went away while sending its body. Not our fault, and
            // nobody is left to read the answer; the resource wrote nothing it had not finished.
            LOG.info("Request body at {} ended early: {}", path, cutShort.getMessage());
            return problem(400, "The request body ended before it was complete. Send it again.", path);
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} at {}", incident, path, thrown);
        return problem(500, "Something went wrong on our side. If it happens again, quote incident " + incident + ".", path);
    }

    static Problem problem(int status, String detail, String path) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : statusTitle(status);
        return new Problem("about:blank", title, status, detail, path);
    }

    private static String statusTitle(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error " + status;
        };
    }

    /** Jakarta REST fills in "HTTP 404 Not Found" when the thrower said nothing useful. */
    private static boolean isDefaultMessage(Throwable thrown) {
        String message = thrown.getMessage();
        return message == null || message.isBlank() || message.startsWith("HTTP ");
    }

    private static String describe(JsonProcessingException json) {
        if (json instanceof Json.DateRefused date) {
            return date.getOriginalMessage();
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'. Known fields: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
        }
        if (json instanceof InvalidFormatException format) {
            return "Field '" + path(format) + "' has the value " + abbreviate(String.valueOf(format.getValue()))
                    + ", which is not a valid " + simpleType(format.getTargetType()) + ".";
        }
        if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String missing = String.valueOf(mismatch.getOriginalMessage()).contains("`null`") ? "; it is missing or null" : "";
            return "Field '" + path(mismatch) + "' must be " + article(simpleType(mismatch.getTargetType())) + missing + ".";
        }
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + path(mapping) + "' is not valid: " + mapping.getOriginalMessage();
        }
        JsonLocation at = json.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "The request body is not valid JSON" + where + ": " + json.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            StringBuilder names = new StringBuilder("one of");
            for (int i = 0; i < values.length; i++) {
                names.append(i == 0 ? " " : ", ").append(values[i]);
            }
            return names.toString();
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "ISO 8601 " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        return "object";
    }

    private static String article(String noun) {
        if (noun.startsWith("one of")) {
            return noun;
        }
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? "\"" + value.substring(0, 57) + "...\"" : "\"" + value + "\"";
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
