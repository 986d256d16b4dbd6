package org.folkmoot.web.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.BiFunction;

import org.folkmoot.api.web.DateInput;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration every endpoint shares. */
final class Json {

    /** For the web bundle's own records (problems): never caches a module's classes. */
    static final ObjectMapper MAPPER = newMapper();

    /**
     * Strict on input (unknown fields, nulls for primitives, numbers for enums are errors), ISO dates
     * on output. Dates in a body are read through {@link DateInput}, so a year such as 999999999 is the
     * sender's mistake (400) rather than an overflow further in (500). Each mapper has its own serializer
     * and deserializer caches, so that the endpoints' mapper can be replaced when a module leaves (see
     * {@link JsonProvider#forgetModuleTypes()}).
     */
    static ObjectMapper newMapper() {
        return JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(boundedDates())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    }

    private Json() {
    }

    /** Registered after JavaTimeModule, so these win over its unbounded readers. */
    private static SimpleModule boundedDates() {
        SimpleModule dates = new SimpleModule("folkmoot-dates");
        dates.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, DateInput::date));
        dates.addDeserializer(Instant.class, new Bounded<>(Instant.class, DateInput::instant));
        dates.addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class,
                (name, text) -> DateInput.instant(name, text).atOffset(ZoneOffset.UTC)));
        return dates;
    }

    /** A date in a body that {@link DateInput} refused; its message is the whole answer. */
    static final class DateRefused extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        DateRefused(JsonParser p, String message) {
            super(p, message);
        }
    }

    /** Reads a JSON string through {@link DateInput}; anything else (a number, an object) is a wrong type. */
    private static final class Bounded<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final BiFunction<String, String, T> read;

        Bounded(Class<T> type, BiFunction<String, String, T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String field = p.currentName() == null ? "The value" : "Field '" + p.currentName() + "'";
            try {
                return read.apply(field, p.getText());
            } catch (IllegalArgumentException refused) {
                throw new DateRefused(p, refused.getMessage());
            }
        }
    }
}
