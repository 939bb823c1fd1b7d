package io.aurachatops.schedule;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Menu;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shortly before a nightly pause ({@code AURA_KEEP_AWAKE_NOTICE}), one message in the policy's channel lists
 * what the pause will stop, with a Keep awake button per instance, or one menu when the list is long. One list
 * call, and one notice per slot (a ledger record), however many ticks see it due.
 */
@ApplicationScoped
public class PauseNotice {

    public static final String ACTION = "aura_act_keep_awake";
    public static final String TOKEN_ACTION = "keep-awake";
    /** Up to this many instances get a button each; more get one menu. */
    static final int BUTTONS = 5;
    /** Slack shows at most 100 options in a static menu. */
    static final int MENU_OPTIONS = 100;
    /** Names listed in the text; the rest are counted. */
    static final int LISTED = 40;

    private final PolicyHolder policies;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final Ledger ledger;
    private final Notifier notifier;
    private final ConfirmationTokens tokens;
    private final KeepAwakeSettings settings;
    private final TimeSource time;

    @SuppressWarnings("java:S107") // the notice reads the policy, Aura and the ledger, and writes to Slack
    public PauseNotice(PolicyHolder policies, AuraGateway aura, ProtectedInstances protectedInstances, Ledger ledger,
            Notifier notifier, ConfirmationTokens tokens, KeepAwakeSettings settings, TimeSource time) {
        this.policies = policies;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.ledger = ledger;
        this.notifier = notifier;
        this.tokens = tokens;
        this.settings = settings;
        this.time = time;
    }

    /** Posts the notice of every pause that starts within the notice lead of a moment in ({@code now - window}, {@code now}]. */
    public String announceDue(Instant now, Duration window) {
        Optional<Policy> policy = policies.policy();
        if (policy.isEmpty() || policy.get().channel().isEmpty() || settings.notice().isZero()) {
            return "no pause notice configured";
        }
        Duration lead = settings.notice();
        int posted = 0;
        for (Instant slot : policy.get().pause().dueIn(now.minus(window).plus(lead), now.plus(lead))) {
            if (ledger.create("pause-notice#" + slot, Map.of(), slot.plus(Duration.ofDays(1)))) {
                post(policy.get(), slot);
                posted++;
            }
        }
        return posted == 0 ? "no pause notice due" : posted + " pause notice(s)";
    }

    private void post(Policy policy, Instant slot) {
        List<InstanceSummary> all;
        try {
            all = aura.instances(Optional.empty(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            Log.warnf("No pause notice for %s: Aura could not list the instances (%s)", slot, e.getMessage());
            return;
        }
        java.util.Set<String> kept = KeepAwake.keptIds(ledger);
        List<InstanceSummary> pausing = new ArrayList<>();
        for (InstanceSummary summary : all) {
            if (policy.match().matches(summary) && !policy.exclude().matches(summary)
                    && !protectedInstances.covers(summary.id(), summary.name())
                    && !kept.contains(summary.id())) {
                pausing.add(summary);
            }
        }
        if (!pausing.isEmpty()) {
            notifier.announce(policy.channel().orElseThrow(), notice(policy, slot, pausing, tokens));
        }
    }

    /** The notice for these instances: a button each for a few, one menu for more. */
    public static Reply notice(Policy policy, Instant slot, List<InstanceSummary> pausing, ConfirmationTokens tokens) {
        List<String> lines = new ArrayList<>();
        pausing.stream().limit(LISTED).forEach(i -> lines.add("• *" + Markdown.escape(i.name()) + "* `"
                + Markdown.escape(i.id()) + "`"));
        if (pausing.size() > LISTED) {
            lines.add("…and " + (pausing.size() - LISTED) + " more.");
        }
        Reply notice = Reply.of("🌙 The cost-saving pause starts <!date^" + slot.getEpochSecond()
                + "^{time}|soon>: it stops " + pausing.size() + " instance" + (pausing.size() == 1 ? "" : "s")
                + " if running (Free instances are skipped).", List.of(String.join("\n", lines)))
                .withFootnote("Need one tonight? Keep it awake here, or type `/aura keep-awake <name>`"
                        + (pausing.size() > MENU_OPTIONS ? " (the menu shows the first " + MENU_OPTIONS + ")" : "")
                        + ". Operators and admins only.");
        Instant valid = slot.plus(Duration.ofMinutes(1));
        String channel = policy.channel().orElseThrow();
        if (pausing.size() <= BUTTONS) {
            return notice.withButtons(pausing.stream().map(i -> new Button(ACTION, "☀️ Keep " + i.name() + " awake",
                    tokens.issueAction(TOKEN_ACTION, i.id(), channel, valid), false, null)).toList());
        }
        return notice.withMenu(new Menu(ACTION, "☀️ Keep one awake tonight…", pausing.stream().limit(MENU_OPTIONS)
                .map(i -> new Menu.Option(i.name(), tokens.issueAction(TOKEN_ACTION, i.id(), channel, valid))).toList()));
    }
}
