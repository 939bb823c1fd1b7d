package io.aurachatops.credentials;

import java.util.Map;

/** Reads the one secret that holds the bot's credentials as a JSON object of strings. */
public interface BotSecretSource {

    Map<String, String> read(String secretId);
}
