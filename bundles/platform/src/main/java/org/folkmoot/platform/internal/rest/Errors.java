package org.folkmoot.platform.internal.rest;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

/** Turns the archive's exceptions into the 4xx answers users see. */
final class Errors {

    private Errors() {
    }

    static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), 409);
        }
    }
}
