package io.aurachatops.command;

import io.aurachatops.aura.AuraApiException;
import io.aurachatops.reply.Markdown;

/** Turns an Aura failure into a sentence for Slack: what happened, whether to retry, and the request id. */
public final class AuraProblems {

    private AuraProblems() {
    }

    public static String explain(AuraApiException e) {
        String ref = e.requestId().map(id -> " (Aura request id `" + Markdown.escape(id) + "`)").orElse("");
        String detail = e.field().map(f -> "`" + Markdown.escape(f) + "`: ").orElse("") + Markdown.escape(e.getMessage());
        return switch (e.status()) {
            case 0 -> "I could not reach the Aura API. Try again in a minute; if it persists, check `AURA_API_URL` "
                    + "and the network.";
            case 401 -> "Aura refused the bot's API credentials" + ref + ". An admin should check "
                    + "`AURA_CLIENT_ID` and `AURA_CLIENT_SECRET`.";
            // The token was fresh (a 403 is retried once with a new one): the credentials are valid, but their
            // role in the Aura project does not allow this action.
            case 403 -> "Aura does not permit the bot's credentials to do this: " + detail + ref + ". An admin "
                    + "should check the role of the API credentials' user in the Aura project.";
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
