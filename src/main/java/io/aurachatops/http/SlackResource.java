package io.aurachatops.http;

import io.aurachatops.slack.SlackIngress;
import io.aurachatops.slack.SlackRequest;
import io.aurachatops.slack.SlackResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The local server's Slack endpoints. The body is taken raw, because the signature covers the exact bytes. */
@Path("/slack")
public class SlackResource {

    private final SlackIngress ingress;

    public SlackResource(SlackIngress ingress) {
        this.ingress = ingress;
    }

    @POST
    @Path("/commands")
    @Consumes(MediaType.WILDCARD)
    public Response commands(byte[] body, HttpHeaders headers) {
        return toHttp(ingress.command(new SlackRequest(flatten(headers), body)));
    }

    @POST
    @Path("/interactions")
    @Consumes(MediaType.WILDCARD)
    public Response interactions(byte[] body, HttpHeaders headers) {
        return toHttp(ingress.interaction(new SlackRequest(flatten(headers), body)));
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.WILDCARD)
    public Response events(byte[] body, HttpHeaders headers) {
        return toHttp(ingress.event(new SlackRequest(flatten(headers), body)));
    }

    private static Map<String, String> flatten(HttpHeaders headers) {
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                flat.put(name, values.get(0));
            }
        });
        return flat;
    }

    private static Response toHttp(SlackResponse response) {
        Response.ResponseBuilder builder = Response.status(response.status());
        if (response.hasBody()) {
            builder.type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(response.json());
        }
        return builder.build();
    }
}
