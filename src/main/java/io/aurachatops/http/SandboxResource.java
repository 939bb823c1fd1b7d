package io.aurachatops.http;

import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.FileVault;
import io.aurachatops.sandbox.SandboxEmulator;
import io.aurachatops.sandbox.SandboxSettings;
import jakarta.inject.Provider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The sandbox's paths: the Aura emulator under {@code /sandbox/aura} and the file vault's list of secret
 * names under {@code /sandbox/vault}. Outside sandbox mode every one of them answers 404, decided at run time.
 */
@Path("/sandbox")
public class SandboxResource {

    private final SandboxSettings settings;
    private final SandboxEmulator emulator;
    private final Provider<FileVault> vault;

    public SandboxResource(SandboxSettings settings, SandboxEmulator emulator, Provider<FileVault> vault) {
        this.settings = settings;
        this.emulator = emulator;
        this.vault = vault;
    }

    @GET
    @Path("/vault")
    public Response vault() {
        if (!settings.enabled()) {
            return Response.status(404).build();
        }
        return Response.ok(Map.of("directory", settings.vaultDir(), "secrets", vault.get().names()),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/aura/{path: .*}")
    public Response get(@PathParam("path") String path, UriInfo uri, HttpHeaders headers, Request request) {
        return aura(path, uri, headers, request, null);
    }

    @POST
    @Path("/aura/{path: .*}")
    public Response post(@PathParam("path") String path, UriInfo uri, HttpHeaders headers, Request request, String body) {
        return aura(path, uri, headers, request, body);
    }

    @PATCH
    @Path("/aura/{path: .*}")
    public Response patch(@PathParam("path") String path, UriInfo uri, HttpHeaders headers, Request request, String body) {
        return aura(path, uri, headers, request, body);
    }

    @DELETE
    @Path("/aura/{path: .*}")
    public Response delete(@PathParam("path") String path, UriInfo uri, HttpHeaders headers, Request request) {
        return aura(path, uri, headers, request, null);
    }

    private Response aura(String path, UriInfo uri, HttpHeaders headers, Request request, String body) {
        if (!settings.enabled()) {
            return Response.status(404).build();
        }
        Map<String, String> flatHeaders = new HashMap<>();
        headers.getRequestHeaders().forEach((k, v) -> flatHeaders.put(k, v.isEmpty() ? "" : v.get(0)));
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        AuraEmulator.Answer answer = emulator.get().handle(request.getMethod(), "/" + path, query, flatHeaders, body);
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }
}
