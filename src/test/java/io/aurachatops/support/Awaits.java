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
                    String raw = event.getRequest().getBodyAsString();
                    String type = String.valueOf(event.getRequest().getHeader("Content-Type"));
                    // Web API calls are form-encoded; response_url posts are JSON and stay as they are.
                    String body = type.contains("x-www-form-urlencoded") ? URLDecoder.decode(raw, StandardCharsets.UTF_8) : raw;
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
