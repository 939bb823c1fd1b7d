package io.aurachatops.aura.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Aura endpoints as raw HTTP. Package-private: callers use {@link AuraRestGateway}, which adds the token,
 * the request budget, retries and error mapping. Answers are raw so that status and headers stay readable.
 */
@Produces(MediaType.APPLICATION_JSON)
interface AuraApi {

    @POST
    @Path("/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@HeaderParam("Authorization") String basicAuth, String form);

    @GET
    @Path("/v1/tenants")
    Response tenants(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/v1/tenants/{tenantId}")
    Response tenant(@HeaderParam("Authorization") String bearer, @PathParam("tenantId") String tenantId);

    @GET
    @Path("/v1/instances")
    Response instances(@HeaderParam("Authorization") String bearer, @QueryParam("tenantId") String tenantId);

    @POST
    @Path("/v1/instances")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createInstance(@HeaderParam("Authorization") String bearer, String json);

    @GET
    @Path("/v1/instances/{instanceId}")
    Response instance(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId);

    @POST
    @Path("/v1/instances/{instanceId}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response instanceAction(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId,
            @PathParam("action") String action, String json);

    @PATCH
    @Path("/v1/instances/{instanceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateInstance(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId,
            String json);

    @GET
    @Path("/v1/instances/{instanceId}/snapshots")
    Response snapshots(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId,
            @QueryParam("date") String date);

    @GET
    @Path("/v1/instances/{instanceId}/snapshots/{snapshotId}")
    Response snapshot(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId,
            @PathParam("snapshotId") String snapshotId);

    @POST
    @Path("/v1/instances/{instanceId}/snapshots/{snapshotId}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    Response restore(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId,
            @PathParam("snapshotId") String snapshotId, String json);

    @POST
    @Path("/v1/instances/{instanceId}/overwrite")
    @Consumes(MediaType.APPLICATION_JSON)
    Response overwrite(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId,
            String json);

    @DELETE
    @Path("/v1/instances/{instanceId}")
    Response deleteInstance(@HeaderParam("Authorization") String bearer, @PathParam("instanceId") String instanceId);
}
