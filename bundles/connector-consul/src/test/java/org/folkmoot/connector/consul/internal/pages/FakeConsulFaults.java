package org.folkmoot.connector.consul.internal.pages;

import org.folkmoot.connector.consul.fixture.FakeConsul.Fault;

/** Fault sequences the page tests use. */
final class FakeConsulFaults {

    private FakeConsulFaults() {
    }

    /** The first request answered, then six 502s: a run that stops after its first page. */
    static Fault[] firstPageThenDown() {
        return new Fault[] {Fault.slow(0), Fault.status(502), Fault.status(502), Fault.status(502), Fault.status(502),
                Fault.status(502), Fault.status(502)};
    }
}
