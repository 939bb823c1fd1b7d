package io.aurachatops.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aurachatops.aura.client.AuraClientConfig;
import io.aurachatops.slack.SlackSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredConfigurationTest {

    @Test
    void namesEveryMissingVariable() {
        assertEquals(List.of("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "AURA_CLIENT_ID", "AURA_CLIENT_SECRET"),
                RequiredConfiguration.missing(slack(Optional.empty(), Optional.of(" ")), aura(Optional.empty())));
    }

    @Test
    void passesWhenEverythingIsSet() {
        assertEquals(List.of(), RequiredConfiguration.missing(slack(Optional.of("s"), Optional.of("xoxb")),
                aura(Optional.of("id"))));
    }

    static SlackSettings slack(Optional<String> secret, Optional<String> token) {
        return new SlackSettings() {
            public Optional<String> signingSecret() {
                return secret;
            }

            public Optional<String> botToken() {
                return token;
            }

            public String apiUrl() {
                return "https://slack.com/api/";
            }

            public Optional<String> teamId() {
                return Optional.empty();
            }

            public int maxBodyBytes() {
                return 65536;
            }
        };
    }

    static AuraClientConfig aura(Optional<String> credentials) {
        return new AuraClientConfig() {
            public String apiUrl() {
                return "https://api.neo4j.io";
            }

            public Optional<String> clientId() {
                return credentials;
            }

            public Optional<String> clientSecret() {
                return credentials;
            }

            public int rateLimitPerMinute() {
                return 100;
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration readTimeout() {
                return Duration.ofSeconds(20);
            }

            public int maxRetries() {
                return 3;
            }

            public Duration configurationsTtl() {
                return Duration.ofMinutes(10);
            }
        };
    }
}
