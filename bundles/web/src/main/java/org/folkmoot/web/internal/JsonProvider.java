package org.folkmoot.web.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/** JSON for every endpoint, through Jackson's own Jakarta REST provider. */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JakartarsExtension
@JakartarsName(JsonProvider.NAME)
@JakartarsMediaType({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class JsonProvider extends JacksonJsonProvider {

    public static final String NAME = "folkmoot.json";

    public JsonProvider() {
        super(Json.newMapper());
    }

    /**
     * Drops every cached reader, writer, serializer, deserializer and type of the classes modules
     * sent and received: they hold those classes, and through them the class loader of a module
     * that has been redeployed or removed, which could then never be collected (each redeploy of
     * the search module kept about 700 classes and 7 MB). A fresh mapper starts with empty caches;
     * Jackson's shared type factory is cleared too. The caches fill again on the next requests.
     */
    void forgetModuleTypes() {
        setMapper(Json.newMapper());
        _readers.clear();
        _writers.clear();
        TypeFactory.defaultInstance().clearCache();
    }
}
