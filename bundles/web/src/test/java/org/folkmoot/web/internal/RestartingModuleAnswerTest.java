package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

class RestartingModuleAnswerTest {

    @Test
    void anEndpointLeftWithoutAnInstanceIsRecognisedThroughItsWrappers() {
        NoSuchMethodException hk2 = new NoSuchMethodException(
                "Could not find a suitable constructor in org.folkmoot.example.internal.ExampleResource class.");
        Throwable thrown = new ServletException("A MultiException has 1 exceptions.", new RuntimeException(hk2));
        assertTrue(RestartingModuleAnswer.isEndpointWithoutInstance(thrown));
    }

    @Test
    void aClassTheReplacedModuleCanNoLongerLoadIsARestartToo() {
        // As Felix words it when a request still running in the old module needs one more class.
        NoClassDefFoundError felix = new NoClassDefFoundError("org/folkmoot/search/internal/SearchResource$Hit");
        felix.initCause(new ClassNotFoundException("Unable to load class 'org.folkmoot.search.internal.SearchResource$Hit'"
                + " because the bundle wiring for org.folkmoot.search is no longer valid."));
        assertTrue(RestartingModuleAnswer.isEndpointWithoutInstance(new RuntimeException(felix)));
        assertFalse(RestartingModuleAnswer.isEndpointWithoutInstance(new NoClassDefFoundError("org/example/Missing")));
    }

    @Test
    void anyOtherFailureStaysAFailure() {
        assertFalse(RestartingModuleAnswer.isEndpointWithoutInstance(new ServletException(new IllegalStateException("bug"))));
        assertFalse(RestartingModuleAnswer.isEndpointWithoutInstance(new NoSuchMethodException("frobnicate()")));
    }
}
