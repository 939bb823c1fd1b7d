package io.aurachatops.command;

import io.aurachatops.aura.AuraApiException;

/** Turns an Aura failure into a sentence for Slack: what happened, whether to retry, and the request id. */
public final class AuraProblems {

    private AuraProblems() {
    }

    public static String explain(AuraApiException e) {
        String ref = e.requestId().map(id -> " (Aura request id `" + id + "`)").orElse("");
        String detail = e.field().map(f -> "`" + f + "`: ").orElse("") + e.getMessage();
        return switch (e.status()) {
            case 0 -> "I could not reach the Aura API. Try again in a minute; if it persists, check `AURA_API_URL` "
                    + "and the network.";
            case 401, 403 -> "Aura refused the bot's API credentials" + ref + ". An admin should check "
                    + "`AURA_CLIENT_ID` and `AURA_CLIENT_SECRET`.";
            case 404 -> "Aura could not find that: " + detail + ref + ".";
            case 409 -> "The instance is busy with another operation: " + detail + ref + ". Try again when it finishes.";
            case 429 -> "Aura is rate-limiting the bot" + e.retryAfter().map(d -> "; try again in " + d.toSeconds() + " s")
                    .orElse("; try again in a minute") + ref + ".";
            default -> e.status() >= 500
                    ? "Aura had a problem (HTTP " + e.status() + ")" + ref + ". Try again in a minute."
                    : "Aura refused the request: " + detail + ref + ".";
        };
    }
}
