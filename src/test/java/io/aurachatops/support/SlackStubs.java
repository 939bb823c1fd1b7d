package io.aurachatops.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The Slack a happy bot talks to: cards are posted and updated, response URLs accept everything. */
public final class SlackStubs {

    private SlackStubs() {
    }

    public static void happy(WireMockServer wireMock) {
        wireMock.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"ok\":true,\"channel\":\"CALLOWED\",\"ts\":\"" + System.nanoTime() + ".1\"}")));
        wireMock.stubFor(post("/api/chat.update").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true}")));
        wireMock.stubFor(post("/api/chat.postEphemeral").willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"ok\":true,\"message_ts\":\"1.2\"}")));
        wireMock.stubFor(post("/api/views.publish").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true}")));
        wireMock.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(ok()));
    }
}
