package org.folkmoot.web.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/** JSON for every endpoint, through Jackson's own Jakarta REST provider. */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JakartarsExtension
@JakartarsName(JsonProvider.NAME)
@JakartarsMediaType({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class JsonProvider extends JacksonJsonProvider {

    public static final String NAME = "folkmoot.json";

    public JsonProvider() {
        super(Json.MAPPER);
    }
}
