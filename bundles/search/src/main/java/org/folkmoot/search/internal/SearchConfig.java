package org.folkmoot.search.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link SearchService}, PID {@value SearchService#PID}. */
@ObjectClassDefinition(name = "Folkmoot search")
public @interface SearchConfig {

    @AttributeDefinition(description = "Index directory; empty means <folkmoot.data>/search/index. Delete it and restart to rebuild.")
    String indexDirectory() default "";

    @AttributeDefinition(description = "Longest a change may take to become searchable, in milliseconds")
    int maxStaleMillis() default 250;

    @AttributeDefinition(description = "How often the index is committed to disk, in milliseconds")
    int commitIntervalMillis() default 5_000;

    @AttributeDefinition(description = "How often the archive is checked for new changes, in milliseconds")
    int pollIntervalMillis() default 200;

    @AttributeDefinition(description = "Changes read from the archive at a time")
    int batchSize() default 1_000;
}
