package org.folkmoot.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Set;
import org.folkmoot.search.internal.index.Facet;
import org.folkmoot.search.internal.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameters of GET /api/search: bad ones are a clear 400, never a 500. */
class SearchResourceTest {

    static UriInfo uri(String query) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.add(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return (UriInfo) Proxy.newProxyInstance(SearchResourceTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (p, m, a) -> {
                    if (m.getName().equals("getQueryParameters")) {
                        return params;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void readsEveryParameter() {
        SearchRequest r = SearchResource.request(uri(
                "q=bus station&module=plans&module=assets&year=2024&sort=newest&offset=20&limit=20&from=2024-01-01&until=2024-12-31"));
        assertEquals("bus station", r.text());
        assertEquals(Set.of("plans", "assets"), r.filters().get(Facet.MODULE));
        assertEquals(Set.of("2024"), r.filters().get(Facet.YEAR));
        assertEquals(SearchRequest.Sort.NEWEST, r.sort());
        assertEquals(20, r.offset());
        assertEquals(20, r.limit());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), r.from());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), r.until());
    }

    @Test
    void defaults() {
        SearchRequest r = SearchResource.request(uri(""));
        assertEquals("", r.text());
        assertEquals(SearchRequest.Sort.RELEVANCE, r.sort());
        assertEquals(0, r.offset());
        assertEquals(10, r.limit());
        assertTrue(r.filters().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=best", "limit=0", "limit=101", "limit=ten", "offset=-1", "offset=99999",
            "from=yesterday", "until=2024-13-01", "from=2024-02-01&until=2024-01-01", "limit=99999999999999"})
    void badParametersAreClearBadRequests(String query) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> SearchResource.request(uri(query)));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }
}
