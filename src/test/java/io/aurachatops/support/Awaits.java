package io.aurachatops.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** Waiting for what the bot sends to WireMock (Slack, response URLs), with a deadline. */
public final class Awaits {

    private Awaits() {
    }

    /** The URL-decoded body of the first request to {@code path} that matches. */
    public static String request(WireMockServer wireMock, String path, Predicate<String> match, Duration timeout)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            for (ServeEvent event : wireMock.getAllServeEvents()) {
                if (event.getRequest().getUrl().equals(path)) {
                    String body = URLDecoder.decode(event.getRequest().getBodyAsString(), StandardCharsets.UTF_8);
                    if (match.test(body)) {
                        return body;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Nothing matching arrived at " + path);
    }
}
