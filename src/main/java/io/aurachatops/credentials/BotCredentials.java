package io.aurachatops.credentials;

import java.util.Optional;

/** The bot's own four credentials. Never printed. */
public record BotCredentials(Optional<String> signingSecret, Optional<String> botToken, Optional<String> auraClientId,
        Optional<String> auraClientSecret) {

    @Override
    public String toString() {
        return "BotCredentials[signingSecret=" + mask(signingSecret) + ", botToken=" + mask(botToken) + ", auraClientId="
                + mask(auraClientId) + ", auraClientSecret=" + mask(auraClientSecret) + "]";
    }

    private static String mask(Optional<String> value) {
        return value.isPresent() ? "***" : "unset";
    }
}
