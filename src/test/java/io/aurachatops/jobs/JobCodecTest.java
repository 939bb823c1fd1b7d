package io.aurachatops.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.command.Requester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCodecTest {

    final JobCodec codec = new JobCodec(new ObjectMapper());

    @Test
    void roundTripsACommandJobAsVersionedJson() {
        CommandJob job = new CommandJob("j-1", "2026-01-05T09:00:00Z", "list", Map.of("tenant-id", "t-1"),
                new Requester("T1", "U1", "C1"), "https://hooks.slack.com/commands/x");
        String wire = codec.encode(job);
        assertTrue(wire.startsWith("{\"v\":1,\"kind\":\"command\",\"job\":{"), wire);
        assertEquals(job, codec.decode(wire));
    }

    @Test
    void refusesOtherVersionsKindsAndGarbage() {
        assertThrows(InvalidJobException.class, () -> codec.decode("{\"v\":2,\"kind\":\"command\",\"job\":{}}"));
        assertThrows(InvalidJobException.class, () -> codec.decode("{\"v\":1,\"kind\":\"launch\",\"job\":{}}"));
        assertThrows(InvalidJobException.class, () -> codec.decode("{\"v\":1,\"kind\":\"command\",\"job\":[1]}"));
        assertThrows(InvalidJobException.class, () -> codec.decode("not json"));
        assertThrows(InvalidJobException.class, () -> codec.decode(""));
    }

    @Test
    void toStringLeavesOutTheResponseUrl() {
        CommandJob job = new CommandJob("j-1", "now", "get", Map.of(), new Requester("T1", "U1", "C1"), "https://secret-hook");
        assertTrue(!job.toString().contains("secret-hook"), job.toString());
    }
}
