package io.aurachatops.verbs;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.CommandCatalog;
import io.aurachatops.command.ParsedCommand;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.ButtonAction;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.InstanceActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A click on a card's Pause, Resume, Snapshot, Resize or Delete: the token and the clicker's role are checked,
 * and then the same command job as the typed command is queued for the clicker, so everything after is the
 * command's own (cards, watches, the delete confirmation). A refused click leaves the card as it was.
 */
@ApplicationScoped
public class CardActionClicks implements ButtonAction {

    private static final Set<String> VERBS = Set.of("pause", "resume", "snapshot", "delete", "resize");

    private final ConfirmationTokens tokens;
    private final Provider<JobQueue> queue;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TimeSource time;
    private final CommandCatalog catalog;
    private final RoleResolver roles;

    public CardActionClicks(ConfirmationTokens tokens, Provider<JobQueue> queue, Notifier notifier, AuditLog audit,
            TimeSource time, CommandCatalog catalog, RoleResolver roles) {
        this.tokens = tokens;
        this.catalog = catalog;
        this.roles = roles;
        this.queue = queue;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public Set<String> actionIds() {
        Set<String> ids = new java.util.HashSet<>();
        VERBS.forEach(v -> ids.add(InstanceActions.PREFIX + v));
        ids.add(InstanceActions.MENU);
        return ids;
    }

    @Override
    public void clicked(ButtonClickJob click) {
        String verb = verbOf(click);
        Requester clicker = click.clicker();
        ReplyTarget target = click.replyTarget();
        Optional<String> memory = verb.equals("resize") ? memoryOf(click.value()) : Optional.empty();
        String action = memory.map(InstanceActions::resizeAction).orElse(verb);
        Optional<ConfirmationTokens.Grant> grant = tokens.verifyAction(click.value(), action, click.card().channelId(),
                time.now());
        if (grant.isEmpty()) {
            audit.record(clicker, verb, null, "refused:invalid-token", null);
            notifier.reply(target, Reply.of("This button no longer works: it expired, or it was not made for this "
                    + "channel. Run `/aura get <name>`, or reopen the Home tab, for fresh ones."));
            return;
        }
        Map<String, String> args = new HashMap<>(Map.of("instance", grant.get().instanceId()));
        memory.ifPresent(m -> args.put("memory", m));
        if (refusedForRole(click, verb, args)) {
            return;
        }
        if (click.card().inChannel() && !verb.equals("delete")) {
            // The card's state is about to change, so its buttons go; the command's own card follows it.
            notifier.updateCard(click.card(), Reply.of("↪️ <@" + click.clickerId() + "> asked to " + verb + " `"
                    + grant.get().instanceId() + "`" + memory.map(m -> " to " + m).orElse("")
                    + ". What happens next is answered separately."));
        } else if (!click.card().inChannel()) {
            notifier.replaceReply(target, Reply.of("↪️ Running `/aura " + verb + " " + grant.get().instanceId()
                    + memory.map(m -> " " + m).orElse("") + "`…"));
        }
        queue.get().submit(new CommandJob(click.jobId(), time.now().toString(), verb, args, clicker, click.card().responseUrl()));
    }

    /** The role check the worker makes again; made first here so that a refused click changes no card. */
    private boolean refusedForRole(ButtonClickJob click, String verb, Map<String, String> args) {
        Role needed = catalog.verb(verb).map(v -> v.requiredRole(new ParsedCommand(verb, args))).orElse(Role.ADMIN);
        Optional<String> refusal = roles.resolve(click.clickerId()).refusal(verb, needed);
        if (refusal.isEmpty()) {
            return false;
        }
        audit.record(click.clicker(), verb, args.get("instance"), "refused:needs-" + needed.label(), null);
        notifier.reply(click.replyTarget(), Reply.of(refusal.get()));
        return true;
    }

    /** A button's verb is in its action id; a menu of several instances' actions has it in the token. */
    private static String verbOf(ButtonClickJob click) {
        if (!click.actionId().equals(InstanceActions.MENU)) {
            return click.actionId().substring(InstanceActions.PREFIX.length());
        }
        return ConfirmationTokens.actionOf(click.value()).map(a -> a.startsWith("resize-") ? "resize" : a)
                .filter(VERBS::contains).orElse("unknown");
    }

    /** The size a resize option's token names ({@code resize-8gb} is 8GB); it is verified with the token. */
    private static Optional<String> memoryOf(String token) {
        return ConfirmationTokens.actionOf(token).filter(a -> a.startsWith("resize-"))
                .map(a -> a.substring("resize-".length()).toUpperCase(java.util.Locale.ROOT));
    }
}
