package org.folkmoot.example.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Folkmoot example greeting")
public @interface GreetingConfig {

    @AttributeDefinition(description = "What GET /api/example answers with")
    String greeting() default "Hello from the example module";
}
