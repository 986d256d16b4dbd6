package org.folkmoot.assets.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.folkmoot.assets.internal.register.CouncilRegisters;
import org.folkmoot.assets.internal.register.InMemoryAssetRepository;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The resource's behaviour, constructed directly (the HTTP wiring is tested with the distribution). */
class RegisterResourceTest {
    final RegisterResource resource = new RegisterResource(new AssetStore(new InMemoryAssetRepository(), null));

    static byte[] file(String name) throws IOException {
        return CouncilRegisters.read(name);
    }

    @Test
    void importThenReadAsJsonAndCsv() throws IOException {
        RegisterResource.ImportAnswer a = resource.importRegister(file("cheltenham_local_authority_land_and_assets_2023.csv"),
                CasesResourceTest.OFFICER);
        assertEquals(459, a.imported());
        assertEquals(List.of(), a.errors());

        Response json = resource.register(null);
        assertEquals("application/json", json.getMediaType().toString());
        @SuppressWarnings("unchecked")
        List<RegisterResource.AssetView> assets = (List<RegisterResource.AssetView>) json.getEntity();
        assertEquals(459, assets.size());
        RegisterResource.AssetView first = assets.get(0);
        assertEquals("010000480247", first.uprn());
        assertEquals(51.9, first.latitude(), 0.05);

        Response csv = resource.register("csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) csv.getEntity()).write(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Organisation,OrganisationLabel,UPRN,AssetCode"), text.substring(0, 80));
        assertTrue(text.contains("010000480247,10/00022/LAND"));
    }

    @Test
    void badRequestsGetClearAnswers() {
        assertThrows(BadRequestException.class, () -> resource.importRegister(new byte[0], CasesResourceTest.OFFICER));
        assertThrows(jakarta.ws.rs.ForbiddenException.class,
                () -> resource.importRegister("UPRN\n1\n".getBytes(StandardCharsets.UTF_8), CasesResourceTest.PLANS_OFFICER));
        assertThrows(BadRequestException.class, () -> resource.register("xml"));
        ClientErrorException noKeys = assertThrows(ClientErrorException.class,
                () -> resource.importRegister("Name,Town\nHall,Cheltenham\n".getBytes(StandardCharsets.UTF_8),
                        CasesResourceTest.OFFICER));
        assertEquals(422, noKeys.getResponse().getStatus());
        RegisterResource.ImportAnswer partial = resource.importRegister(
                "UPRN,AssetCode,PropertyName\n12x,A,Hall\n000123,B,Kiosk\n".getBytes(StandardCharsets.UTF_8),
                CasesResourceTest.OFFICER);
        assertEquals(1, partial.imported());
        assertEquals(2, partial.errors().get(0).line());
    }
}
