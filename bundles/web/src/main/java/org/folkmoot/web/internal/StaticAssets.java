package org.folkmoot.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the layout's stylesheets from this bundle's {@code /static} folder at {@code /assets/}. */
@Component(service = StaticAssets.class)
@HttpWhiteboardResource(pattern = "/assets/*", prefix = "/static")
public class StaticAssets {
}
