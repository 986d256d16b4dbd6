package org.folkmoot.web.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration every endpoint shares. */
final class Json {

    /** For the web bundle's own records (problems): never caches a module's classes. */
    static final ObjectMapper MAPPER = newMapper();

    /**
     * Strict on input (unknown fields, nulls for primitives, numbers for enums are errors), ISO dates
     * on output. Each mapper has its own serializer and deserializer caches, so that the endpoints'
     * mapper can be replaced when a module leaves (see {@link JsonProvider#forgetModuleTypes()}).
     */
    static ObjectMapper newMapper() {
        return JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    }

    private Json() {
    }
}
