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
 * The value of a button that confirms a destructive action, signed so that no state is stored: the token
 * says what may be done, where, for whom, and until when. A delete token is
 * {@code v1.<instance>.<requester>.<channel>.<expiry>.<hmac>}; a restore token
 * {@code r1.<instance>.<snapshot>.<requester>.<channel>.<expiry>.<hmac>}; an overwrite token
 * {@code o1.<target>.<source>.<snapshot or ->.<requester>.<channel>.<expiry>.<hmac>}; the token of a plain
 * action button (extend a lease, keep awake tonight…) {@code a1.<action>.<instance>.<channel>.<expiry>.<hmac>}.
 * Each purpose has its own key, derived from the Slack signing secret, so a token of one can never pass for
 * another.
 */
@ApplicationScoped
public class ConfirmationTokens {

    /** The action ids of the buttons that carry a token. */
    public static final String DELETE_CONFIRM = "aura_delete_confirm";
    public static final String DELETE_CANCEL = "aura_delete_cancel";
    /** Confirms a delete that first makes a paused copy (the delete token, another button). */
    public static final String DELETE_CLONE_FIRST = "aura_delete_clone_first";
    public static final String RESTORE_CONFIRM = "aura_restore_confirm";
    public static final String RESTORE_CANCEL = "aura_restore_cancel";
    public static final String OVERWRITE_CONFIRM = "aura_overwrite_confirm";
    public static final String OVERWRITE_CANCEL = "aura_overwrite_cancel";
    /** How long a confirmation card is valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,40}");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String DELETE = "delete";
    private static final String RESTORE = "restore";
    private static final String OVERWRITE = "overwrite";
    private static final String ACTION = "action";
    private static final Pattern ACTION_NAME = Pattern.compile("[a-z0-9-]{1,30}");
    /** Stands for "no snapshot" in an overwrite token. */
    private static final String NONE = "-";

    /**
     * What a valid token grants: on {@code instanceId}; {@code snapshotId} for a restore (and an overwrite from a
     * snapshot); {@code sourceId}, the instance whose data an overwrite copies.
     */
    public record Grant(String instanceId, String snapshotId, String requesterId, String channelId, Instant expiry,
            String sourceId) {
    }

    private final Supplier<String> signingSecret;

    @Inject
    public ConfirmationTokens(CredentialStore credentials) {
        this(credentials::signingSecret);
    }

    public ConfirmationTokens(Supplier<String> signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String issue(String instanceId, String requesterId, String channelId, Instant now) {
        return issue(instanceId, requesterId, channelId, now, LIFETIME);
    }

    public String issue(String instanceId, String requesterId, String channelId, Instant now, Duration lifetime) {
        return sign(DELETE, "v1." + instanceId + "." + requesterId + "." + channelId + "."
                + now.plus(lifetime).getEpochSecond());
    }

    public String issueRestore(String instanceId, String snapshotId, String requesterId, String channelId, Instant now) {
        return sign(RESTORE, "r1." + instanceId + "." + snapshotId + "." + requesterId + "." + channelId + "."
                + now.plus(LIFETIME).getEpochSecond());
    }

    public String issueOverwrite(String targetId, String sourceId, String snapshotId, String requesterId,
            String channelId, Instant now) {
        return sign(OVERWRITE, "o1." + targetId + "." + sourceId + "." + (snapshotId == null ? NONE : snapshotId) + "."
                + requesterId + "." + channelId + "." + now.plus(LIFETIME).getEpochSecond());
    }

    /**
     * The value of a button that does one named thing to one instance, in this channel, until the expiry. Who
     * may click it is decided at click time, by the role or by the ledger.
     */
    public String issueAction(String action, String instanceId, String channelId, Instant expiry) {
        return sign(ACTION, "a1." + action + "." + instanceId + "." + channelId + "." + expiry.getEpochSecond());
    }

    /** The action an action token names (unverified: use it only to choose what to verify against). */
    public static Optional<String> actionOf(String token) {
        return parts(token, "a1", 6).map(p -> p[1]);
    }

    /**
     * The channel an action token was made for (unverified: a click from the Home tab has no channel of its own,
     * so its token's channel is where the command runs, and the token is then verified against it).
     */
    public static Optional<String> channelOf(String token) {
        return parts(token, "a1", 6).map(p -> p[3]);
    }

    /** The instance, if the token is a genuine, unexpired token of this action for this channel. */
    public Optional<Grant> verifyAction(String token, String action, String channelId, Instant now) {
        return parts(token, "a1", 6).filter(p -> p[1].equals(action) && ACTION_NAME.matcher(p[1]).matches()
                && ID.matcher(p[2]).matches() && ID.matcher(p[3]).matches())
                .flatMap(p -> checked(ACTION, token, p, channelId, now).map(expiry -> new Grant(p[2], null, null, p[3],
                        expiry, null)));
    }

    /** A danger button that deletes (after Slack's "are you sure?") and a button that does not. */
    public static List<Button> buttons(String token, String instanceName, String instanceId, String cancelLabel) {
        String name = Markdown.escape(instanceName);
        return List.of(
                new Button(DELETE_CONFIRM, "Delete", token, true, new Button.Confirm("Delete " + clip(instanceName) + "?",
                        "This deletes *" + name + "* (`" + Markdown.escape(instanceId) + "`) and all its data. It cannot "
                                + "be undone.", "Delete", "Keep it")),
                new Button(DELETE_CANCEL, cancelLabel, token, false, null));
    }

    /** The delete card's safe way: copy the instance to a paused one named {@code copyName}, then delete. */
    public static Button cloneFirstButton(String token, String instanceName, String copyName) {
        return new Button(DELETE_CLONE_FIRST, "Clone first, then delete", token, false, new Button.Confirm(
                "Copy, then delete?", "This copies *" + Markdown.escape(instanceName) + "* to a new instance *"
                        + Markdown.escape(copyName) + "* at the smallest size, pauses the copy (about 20 % of its "
                        + "running price), and deletes the original only once the copy runs.", "Copy, then delete",
                "Keep it"));
    }

    /** A danger button that restores (after Slack's "are you sure?") and a button that cancels. */
    public static List<Button> restoreButtons(String token, String instanceName, String instanceId) {
        String name = Markdown.escape(instanceName);
        return List.of(
                new Button(RESTORE_CONFIRM, "Restore", token, true, new Button.Confirm("Restore " + clip(instanceName)
                        + "?", "This replaces all data in *" + name + "* (`" + Markdown.escape(instanceId) + "`) with the "
                                + "snapshot's. Anything written since the snapshot is lost.", "Restore", "Keep data")),
                new Button(RESTORE_CANCEL, "Cancel", token, false, null));
    }

    /** A danger button that overwrites (after Slack's "are you sure?") and a button that cancels. */
    public static List<Button> overwriteButtons(String token, String targetName, String targetId) {
        String name = Markdown.escape(targetName);
        return List.of(
                new Button(OVERWRITE_CONFIRM, "Overwrite", token, true, new Button.Confirm("Overwrite "
                        + clip(targetName) + "?", "This replaces all data in *" + name + "* (`"
                                + Markdown.escape(targetId) + "`). Its own data cannot be brought back.", "Overwrite",
                        "Keep data")),
                new Button(OVERWRITE_CANCEL, "Cancel", token, false, null));
    }

    /** The delete grant, if the token is a genuine, unexpired delete token for this channel. */
    public Optional<Grant> verify(String token, String channelId, Instant now) {
        return parts(token, "v1", 6).filter(p -> ID.matcher(p[1]).matches() && ID.matcher(p[2]).matches()
                && ID.matcher(p[3]).matches()).flatMap(p -> checked(DELETE, token, p, channelId, now)
                        .map(expiry -> new Grant(p[1], null, p[2], p[3], expiry, null)));
    }

    /** The restore grant, if the token is a genuine, unexpired restore token for this channel. */
    public Optional<Grant> verifyRestore(String token, String channelId, Instant now) {
        return parts(token, "r1", 7).filter(p -> ID.matcher(p[1]).matches() && SNAPSHOT_ID.matcher(p[2]).matches()
                && ID.matcher(p[3]).matches() && ID.matcher(p[4]).matches())
                .flatMap(p -> checked(RESTORE, token, p, channelId, now).map(expiry -> new Grant(p[1], p[2], p[3], p[4],
                        expiry, null)));
    }

    /** The overwrite grant, if the token is a genuine, unexpired overwrite token for this channel. */
    public Optional<Grant> verifyOverwrite(String token, String channelId, Instant now) {
        return parts(token, "o1", 8).filter(p -> ID.matcher(p[1]).matches() && ID.matcher(p[2]).matches()
                && (p[3].equals(NONE) || SNAPSHOT_ID.matcher(p[3]).matches()) && ID.matcher(p[4]).matches()
                && ID.matcher(p[5]).matches()).flatMap(p -> checked(OVERWRITE, token, p, channelId, now)
                        .map(expiry -> new Grant(p[1], p[3].equals(NONE) ? null : p[3], p[4], p[5], expiry, p[2])));
    }

    /** The token's signature names it: for "first one wins" records of a token. It is no secret. */
    public static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    private static Optional<String[]> parts(String token, String version, int count) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        return parts.length == count && parts[0].equals(version) ? Optional.of(parts) : Optional.empty();
    }

    /** The expiry, if the signature is right, the channel is the token's and the time has not passed. */
    private Optional<Instant> checked(String purpose, String token, String[] parts, String channelId, Instant now) {
        String body = token.substring(0, token.lastIndexOf('.'));
        if (!MessageDigest.isEqual(mac(purpose, body).getBytes(StandardCharsets.UTF_8),
                parts[parts.length - 1].getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        Instant expiry;
        try {
            expiry = Instant.ofEpochSecond(Long.parseLong(parts[parts.length - 2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return now.isAfter(expiry) || !parts[parts.length - 3].equals(channelId) ? Optional.empty() : Optional.of(expiry);
    }

    private String sign(String purpose, String body) {
        return body + "." + mac(purpose, body);
    }

    private String mac(String purpose, String body) {
        try {
            byte[] key = hmac(signingSecret.get().getBytes(StandardCharsets.UTF_8),
                    ("aura-chatops " + purpose + " confirmation v1").getBytes(StandardCharsets.UTF_8));
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

    /** Slack limits a dialog title to 100 characters. */
    static String clip(String name) {
        return name.length() <= 80 ? name : name.substring(0, 79) + "…";
    }
}
