package io.aurachatops.access;

import io.aurachatops.credentials.CredentialStore;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of a delete button: {@code v1.<instance>.<requester>.<channel>.<expiry>.<hmac>}, where the HMAC
 * covers everything before it with a key derived from the Slack signing secret. No state is stored: the
 * token itself says what may be deleted, where, for whom, and until when.
 */
@ApplicationScoped
public class DeleteTokens {

    /** The action ids of the buttons that carry a token. */
    public static final String CONFIRM = "aura_delete_confirm";
    public static final String CANCEL = "aura_delete_cancel";
    /** How long a confirmation card is valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,40}");

    /** What a valid token grants. */
    public record Grant(String instanceId, String requesterId, String channelId, Instant expiry) {
    }

    private final Supplier<String> signingSecret;

    @Inject
    public DeleteTokens(CredentialStore credentials) {
        this(credentials::signingSecret);
    }

    public DeleteTokens(Supplier<String> signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String issue(String instanceId, String requesterId, String channelId, Instant now) {
        return issue(instanceId, requesterId, channelId, now, LIFETIME);
    }

    public String issue(String instanceId, String requesterId, String channelId, Instant now, Duration lifetime) {
        String body = "v1." + instanceId + "." + requesterId + "." + channelId + "." + now.plus(lifetime).getEpochSecond();
        return body + "." + mac(body);
    }

    /** A danger button that deletes (after Slack's "are you sure?") and a button that does not. */
    public static List<Button> buttons(String token, String instanceName, String instanceId, String cancelLabel) {
        String name = Markdown.escape(instanceName);
        String title = instanceName.length() <= 80 ? instanceName : instanceName.substring(0, 79) + "…";
        return List.of(
                new Button(CONFIRM, "Delete", token, true, new Button.Confirm("Delete " + title + "?", "This deletes *"
                        + name + "* (`" + instanceId + "`) and all its data. It cannot be undone.", "Delete", "Keep it")),
                new Button(CANCEL, cancelLabel, token, false, null));
    }

    /** The grant, if the token is genuine, unexpired and for this channel. */
    public Optional<Grant> verify(String token, String channelId, Instant now) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 6 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        for (int i = 1; i <= 3; i++) {
            if (!ID.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        String body = token.substring(0, token.lastIndexOf('.'));
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.UTF_8), parts[5].getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        Instant expiry;
        try {
            expiry = Instant.ofEpochSecond(Long.parseLong(parts[4]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (now.isAfter(expiry) || !parts[3].equals(channelId)) {
            return Optional.empty();
        }
        return Optional.of(new Grant(parts[1], parts[2], parts[3], expiry));
    }

    private String mac(String body) {
        try {
            byte[] key = hmac(signingSecret.get().getBytes(StandardCharsets.UTF_8),
                    "aura-chatops delete confirmation v1".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hmac(key, body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
