package org.folkmoot.plans.internal.plan;

import java.time.LocalDate;

/**
 * A body consulted (a statutory consultee or any other), how it was consulted (letter, e-mail,
 * meeting...) and the day it was notified; null until it is.
 */
public record Consultee(String name, boolean statutory, String how, LocalDate notifiedOn) {
    Consultee notified(LocalDate on, String by) {
        return new Consultee(name, statutory, by == null || by.isBlank() ? how : by.strip(), on);
    }
}
