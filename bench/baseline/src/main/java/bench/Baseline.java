package bench;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers a slash command with a constant: the floor for the cold-start comparison. */
@Path("/slack/commands")
public class Baseline {

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String ack(String body) {
        return "{\"response_type\":\"ephemeral\",\"text\":\"Working on it\"}";
    }
}
