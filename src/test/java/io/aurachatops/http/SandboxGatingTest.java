package io.aurachatops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aurachatops.support.WireMockResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Outside the sandbox profile, the emulator and the file vault do not exist as far as HTTP can tell. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class SandboxGatingTest {

    final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/sandbox/aura/v1/tenants")
    URL emulator;

    @TestHTTPResource("/sandbox/aura/oauth/token")
    URL emulatorToken;

    @TestHTTPResource("/sandbox/vault")
    URL vault;

    @Test
    void emulatorPathsAnswer404() throws Exception {
        assertEquals(404, status(HttpRequest.newBuilder(emulator.toURI()).GET().build()));
        assertEquals(404, status(HttpRequest.newBuilder(emulatorToken.toURI())
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build()));
    }

    @Test
    void fileVaultAnswers404() throws Exception {
        assertEquals(404, status(HttpRequest.newBuilder(vault.toURI()).GET().build()));
    }

    private int status(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
