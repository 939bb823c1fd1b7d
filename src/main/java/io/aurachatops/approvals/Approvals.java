package io.aurachatops.approvals;

import com.fasterxml.jackson.core.type.TypeReference;
import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Requester;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.settings.SettingsParameterSettings;
import io.aurachatops.support.JsonText;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Second-person approval ({@code AURA_APPROVAL_REQUIRED}). A command the policy names does not run: an approval
 * card goes to the channel, and the request waits in the ledger. Approve (an admin other than the requester) runs
 * the command; Deny (an admin or the requester) ends it; after {@code AURA_APPROVAL_TTL} it expires. Every
 * change of state is a compare-and-set, so a decision is one-shot and a Deny or an expiry binds.
 */
@ApplicationScoped
public class Approvals {

    /** The hidden argument that carries an approved request's id into the command it runs. */
    public static final String APPROVAL_ARG = "approval";
    public static final String APPROVER_ARG = "approved-by";
    static final String GROUP = "approval";
    static final String APPROVE = "approve";
    static final String DENY = "deny";
    static final String APPROVE_ACTION = "aura_act_approve";
    static final String DENY_ACTION = "aura_act_deny";
    static final String PENDING = "pending";
    /** Records outlive their expiry by this, so a late click finds "expired" rather than nothing. */
    private static final Duration KEPT_AFTER = Duration.ofDays(1);
    private static final Set<String> READ_ONLY = Set.of("help", "tenants", "list", "get",
            "snapshots", "schedule", "leases");
    private static final TypeReference<TreeMap<String, String>> ARGS = new TypeReference<>() {
    };

    private final Supplier<ApprovalPolicy> policy;
    private final Ledger ledger;
    private final Notifier notifier;
    private final ConfirmationTokens tokens;
    private final AuditLog audit;
    private final ApprovalSettings settings;
    private final TimeSource time;

    @SuppressWarnings("java:S107") // an approval reads the policy, and writes the ledger, Slack and the audit trail
    public Approvals(CurrentSettings current, Ledger ledger, Notifier notifier, ConfirmationTokens tokens,
            AuditLog audit, ApprovalSettings settings, TimeSource time) {
        this.policy = Derived.of(current, ApprovalPolicy::from);
        this.ledger = ledger;
        this.notifier = notifier;
        this.tokens = tokens;
        this.audit = audit;
        this.settings = settings;
        this.time = time;
    }

    /** On the server the rules come from the environment: unreadable ones stop startup with one line. */
    void onStart(@Observes StartupEvent event, SettingsParameterSettings parameter) {
        if (parameter.parameter().filter(p -> !p.isBlank()).isPresent()) {
            return; // the settings parameter is read on first use, never during startup
        }
        try {
            policy.get();
        } catch (IllegalArgumentException e) {
            Log.error(e.getMessage());
            Quarkus.asyncExit(1);
        }
    }

    /** A request waiting for (or past) its decision. */
    record Request(String id, String verb, Map<String, String> args, Requester requester, String state, String by,
            Instant expires, String ts, String rule, String command) {
    }

    /**
     * Empty when the command may run now (no rule names it, or it carries its approval); otherwise the answer to
     * give, the approval card having been posted.
     */
    public Optional<Reply> gate(String jobId, CommandSpec spec, Map<String, String> args, Requester requester,
            ReplyTarget target) {
        String verb = spec.verb();
        if (args.containsKey(APPROVAL_ARG)) {
            return approved(args.get(APPROVAL_ARG), verb) ? Optional.empty() : Optional.of(Reply.of("This `/aura "
                    + verb + "` carries no valid approval, so it did not run."));
        }
        Optional<String> rule;
        try {
            rule = policy.get().rule(verb, args);
        } catch (IllegalArgumentException unreadable) {
            // Fail closed: a change that might need approval does not run while the rules cannot be read.
            return READ_ONLY.contains(verb) ? Optional.empty() : Optional.of(Reply.of(Markdown.escape(
                    unreadable.getMessage()) + ". Until an admin fixes it, commands that change things do not run."));
        }
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        String id = jobId.replace("-", "");
        Instant expires = time.now().plus(settings.ttl());
        Map<String, String> record = new HashMap<>();
        record.put("verb", verb);
        record.put("args", JsonText.write(new TreeMap<>(args)));
        record.put("team", requester.teamId());
        record.put("user", requester.userId());
        record.put("channel", requester.channelId());
        record.put("state", PENDING);
        record.put("expires", expires.toString());
        record.put("rule", rule.get());
        record.put("command", spec.typed(args));
        if (ledger.create(key(id), record, expires.plus(KEPT_AFTER), GROUP)) {
            Request request = read(id).orElseThrow();
            Card card = notifier.postCard(target, card(request));
            if (card.ts() != null) {
                ledger.setOnce(key(id), "ts", card.ts());
            }
            audit.record(requester, verb, args.getOrDefault("instance", args.get("name")), "approval-requested:"
                    + rule.get(), null);
        }
        return Optional.of(Reply.of("`/aura " + verb + "` needs a second admin's approval here (`" + Markdown.escape(
                rule.get()) + "` in `AURA_APPROVAL_REQUIRED`). I posted the request in the channel; it runs when "
                + "another admin approves it."));
    }

    /** Whether {@link #gate} would ask for an approval (rules that cannot be read are the gate's to answer). */
    public boolean wouldAsk(String verb, Map<String, String> args) {
        try {
            return !args.containsKey(APPROVAL_ARG) && policy.get().rule(verb, args).isPresent();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** A pending request, as others see it. */
    public record Pending(String command, String requesterId, String channelId) {
    }

    /** The requests still waiting for a decision. */
    public List<Pending> pending() {
        Instant now = time.now();
        return ledger.group(GROUP).stream().map(e -> request(e.key().substring(key("").length()), e.fields()))
                .filter(r -> PENDING.equals(r.state()) && r.expires().isAfter(now))
                .map(r -> new Pending(r.command(), r.requester().userId(), r.requester().channelId())).toList();
    }

    /** Pending requests past their expiry: each is marked expired once, and its card says so. */
    public int expireDue(Instant now) {
        int expired = 0;
        for (Ledger.Entry entry : ledger.group(GROUP)) {
            Request request = request(entry.key().substring(key("").length()), entry.fields());
            if (PENDING.equals(request.state()) && !request.expires().isAfter(now) && ledger.replace(entry.key(), "state",
                    PENDING, Map.of("state", "expired"), request.expires().plus(KEPT_AFTER))) {
                cardOf(request).ifPresent(c -> notifier.updateCard(c, Reply.of("⌛ The approval for `"
                        + Markdown.escape(request.command()) + "`, asked by <@" + request.requester().userId()
                        + ">, expired without a decision. Nothing was done; run the command again if it is still "
                        + "needed.")));
                audit.record(request.requester(), request.verb(), null, "approval-expired", null);
                expired++;
            }
        }
        return expired;
    }

    /** Changes a pending request to {@code state}, once; false if it was decided (or expired) meanwhile. */
    boolean decide(Request request, String state, String by) {
        return ledger.replace(key(request.id()), "state", PENDING, Map.of("state", state, "by", by),
                request.expires().plus(KEPT_AFTER));
    }

    Optional<Request> read(String id) {
        return ledger.read(key(id)).map(fields -> request(id, fields));
    }

    String token(String action, Request request) {
        return tokens.issueAction(action, request.id(), request.requester().channelId(), request.expires());
    }

    Optional<ConfirmationTokens.Grant> verify(String token, String action, String channelId) {
        return tokens.verifyAction(token, action, channelId, time.now());
    }

    static Optional<Card> cardOf(Request request) {
        return request.ts() == null ? Optional.empty()
                : Optional.of(Card.inChannel(request.requester().channelId(), request.ts(), null));
    }

    private boolean approved(String id, String verb) {
        return read(id).filter(r -> r.state().equals("approved") && r.verb().equals(verb)).isPresent();
    }

    private Reply card(Request request) {
        return Reply.of("🙋 <@" + request.requester().userId() + "> asks to run `" + Markdown.escape(request.command())
                + "`", List.of("It needs a second admin (`" + Markdown.escape(request.rule()) + "` in "
                        + "`AURA_APPROVAL_REQUIRED`). Any admin other than <@" + request.requester().userId()
                        + "> may approve; an admin or the requester may deny. It expires <!date^"
                        + request.expires().getEpochSecond() + "^{date_short_pretty} at {time}|in "
                        + settings.ttl().toHours() + " h> if nobody decides."))
                .withButtons(List.of(
                        new Button(APPROVE_ACTION, "Approve", token(APPROVE, request), false, new Button.Confirm(
                                "Approve this?", "This runs `" + Markdown.escape(request.command()) + "` for <@"
                                        + request.requester().userId() + ">.", "Approve", "Not yet")),
                        new Button(DENY_ACTION, "Deny", token(DENY, request), true, null)));
    }

    private static Request request(String id, Map<String, String> f) {
        return new Request(id, f.get("verb"), JsonText.read(f.get("args"), ARGS),
                new Requester(f.get("team"), f.get("user"), f.get("channel")), f.get("state"), f.get("by"),
                Instant.parse(f.get("expires")), f.get("ts"), f.get("rule"),
                f.getOrDefault("command", "/aura " + f.get("verb")));
    }

    private static String key(String id) {
        return "approval#" + id;
    }
}
