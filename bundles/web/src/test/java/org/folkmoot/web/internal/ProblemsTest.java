package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class ProblemsTest {

    enum Kind { COMMENT, PROPOSAL }

    record Note(String text, int stars, LocalDate date, Kind kind) {
    }

    private static Problem parse(String json) {
        try {
            Json.MAPPER.readValue(json, Note.class);
        } catch (JsonProcessingException e) {
            return Problems.of(e, "/api/notes");
        }
        throw new AssertionError("expected " + json + " to be refused");
    }

    @Test
    void malformedJsonSaysWhere() {
        Problem problem = parse("{\"text\": \"hi\",");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The request body is not valid JSON at line 1, column"), problem.detail());
    }

    @Test
    void aWrongTypeNamesTheFieldAndTheType() {
        assertEquals("Field 'stars' has the value \"five\", which is not a valid number.",
                parse("{\"stars\": \"five\"}").detail());
        assertEquals("Field 'date' must be a date written as YYYY-MM-DD, such as 2024-01-31, not \"31/02/2026\".",
                parse("{\"date\": \"31/02/2026\"}").detail());
        assertEquals("Field 'kind' has the value \"RANT\", which is not a valid one of COMMENT, PROPOSAL.",
                parse("{\"kind\": \"RANT\"}").detail());
    }

    @Test
    void aDateOutsideTheCouncilsCenturiesIsRefusedWithTheBounds() {
        assertEquals("Field 'date' must be between 1900-01-01 and 2200-12-31, not +999999999-12-31.",
                parse("{\"date\": \"+999999999-12-31\"}").detail());
        assertEquals("Field 'date' must be an ISO 8601 local date.", parse("{\"date\": 20240131}").detail());
    }

    @Test
    void aRefusedFileIsTheUploadersMistakeWithItsOwnStatus() {
        var tooLarge = new org.folkmoot.api.files.FileRefused(org.folkmoot.api.files.FileRefused.Reason.TOO_LARGE, "at most 20 MiB");
        assertEquals(413, Problems.of(new RuntimeException("wrapped", tooLarge), "/api/plans/files").status());
        assertEquals("at most 20 MiB", Problems.of(tooLarge, "/api/plans/files").detail());
        assertEquals(415, Problems.of(new org.folkmoot.api.files.FileRefused(org.folkmoot.api.files.FileRefused.Reason.WRONG_TYPE,
                "not a PDF"), "/x").status());
        assertEquals(422, Problems.of(new org.folkmoot.api.files.FileRefused(org.folkmoot.api.files.FileRefused.Reason.INVALID,
                "empty"), "/x").status());
    }

    @Test
    void anImpossibleDateIsRefused() {
        assertTrue(parse("{\"date\": \"2026-02-30\"}").detail().startsWith("Field 'date'"));
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        assertEquals("Unknown field 'colour'. Known fields: date, kind, stars, text.", parse("{\"stars\": 1, \"colour\": 1}").detail());
    }

    @Test
    void trailingDataAndNullPrimitivesAreRefused() {
        assertEquals(400, parse("{\"stars\": 1} {\"stars\": 2}").status());
        assertEquals("Field 'stars' must be a number; it is missing or null.", parse("{\"stars\": null}").detail());
        assertEquals("Field 'stars' must be a number; it is missing or null.", parse("{\"text\": \"hi\"}").detail());
    }

    @Test
    void aResourcesOwnMessageIsKept() {
        Problem problem = Problems.of(new BadRequestException("A note needs some text."), "/api/notes");
        assertEquals(new Problem("about:blank", "Bad Request", 400, "A note needs some text.", "/api/notes"), problem);
        assertEquals("Unprocessable Content", Problems.of(new ClientErrorException("No.", 422), "/x").title());
    }

    @Test
    void anUnmatchedAddressSaysWhatToDo() {
        Problem problem = Problems.of(new NotFoundException(), "/api/nothing");
        assertEquals(404, problem.status());
        assertTrue(problem.detail().contains("There is nothing at /api/nothing"));
    }

    @Test
    void ourOwnFailureRevealsNothingButAnIncidentId() {
        Problem problem = Problems.of(new IllegalStateException("password=secret at db.internal"), "/api/x");
        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("secret"));
        assertTrue(problem.detail().matches("Something went wrong on our side\\. If it happens again, quote incident [0-9a-f-]{36}\\."));
    }

    @Test
    void aBodyOverItsLimitIs413WhereverItSurfaces() {
        Problem problem = Problems.of(new RuntimeException(new BodyTooLargeException(1 << 20)), "/api/import");
        assertEquals(413, problem.status());
        assertTrue(problem.detail().contains("(1 MiB)"));
    }

    @Test
    void aBodyCutShortByTheClientIsA400NotAnIncident() {
        Problem problem = Problems.of(new java.io.UncheckedIOException(new java.io.EOFException("Early EOF")), "/api/import");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("ended before it was complete"));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503ToTryAgainNotAnIncident() {
        Throwable poolTimeout = new org.folkmoot.api.storage.StorageException(new java.sql.SQLTransientConnectionException(
                "folkmoot - Connection is not available, request timed out after 10000ms."));
        assertEquals(503, Problems.of(poolTimeout, "/api/archive/contributions").status());
        Throwable shutdown = new org.folkmoot.api.storage.StorageException(
                new java.sql.SQLException("terminating connection due to administrator command", "57P01"));
        Problem problem = Problems.of(shutdown, "/api/archive/contributions");
        assertEquals(503, problem.status());
        assertTrue(problem.detail().contains("nothing was saved"), problem.detail());
        Throwable constraint = new org.folkmoot.api.storage.StorageException(
                new java.sql.SQLException("duplicate key value violates unique constraint", "23505"));
        assertEquals(500, Problems.of(constraint, "/api/archive/contributions").status(), "our own fault stays a 500");
    }
}
