package org.folkmoot.connector.decidim.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.folkmoot.api.archive.ContributionArchive;

/** Views of a real archive for the benchmarks and the write-counting test. */
public final class ArchiveSpies {

    /** Every method of {@link ContributionArchive} that writes. */
    static final Set<String> WRITES = Set.of("append", "appendAll", "edit", "withdraw", "hide", "unhide", "eraseAuthor",
            "saveAuthorDetails");

    private ArchiveSpies() {
    }

    /**
     * The archive as one that predates {@code appendAll} (archive 1.2): the interface's default appends one item
     * at a time, which is how the import wrote before. The "before" of the bootstrap benchmark.
     */
    public static ContributionArchive oneAtATime(ContributionArchive real) {
        return proxy((proxy, method, args) -> method.getName().equals("appendAll")
                ? InvocationHandler.invokeDefault(proxy, method, args)
                : call(real, method, args));
    }

    /** The archive, counting the calls of every method that writes, by name, into {@code writes}. */
    public static ContributionArchive counting(ContributionArchive real, Map<String, AtomicLong> writes) {
        return proxy((proxy, method, args) -> {
            if (WRITES.contains(method.getName())) {
                writes.computeIfAbsent(method.getName(), n -> new AtomicLong()).incrementAndGet();
            }
            return call(real, method, args);
        });
    }

    /** A map to count writes into. */
    public static Map<String, AtomicLong> counts() {
        return new ConcurrentHashMap<>();
    }

    private static ContributionArchive proxy(InvocationHandler handler) {
        return (ContributionArchive) Proxy.newProxyInstance(ArchiveSpies.class.getClassLoader(),
                new Class<?>[] {ContributionArchive.class}, handler);
    }

    private static Object call(ContributionArchive real, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
