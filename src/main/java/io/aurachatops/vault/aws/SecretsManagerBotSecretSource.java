package io.aurachatops.vault.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.credentials.BotSecretSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** The bot secret from AWS Secrets Manager: a JSON object of strings. */
@ApplicationScoped
public class SecretsManagerBotSecretSource implements BotSecretSource {

    private final SecretsManagerClients clients;
    private final ObjectMapper json;

    public SecretsManagerBotSecretSource(SecretsManagerClients clients, ObjectMapper json) {
        this.clients = clients;
        this.json = json;
    }

    @Override
    public Map<String, String> read(String secretId) {
        String text = clients.get().getSecretValue(r -> r.secretId(secretId)).secretString();
        try {
            JsonNode node = json.readTree(text);
            Map<String, String> values = new HashMap<>();
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    values.put(e.getKey(), e.getValue().asText());
                }
            });
            return values;
        } catch (Exception e) {
            // The secret's text must not reach a message: say only what is wrong with its shape.
            throw new IllegalStateException("The bot secret " + secretId + " is not a JSON object of strings");
        }
    }
}
