package io.aurachatops.lifecycle;

import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.command.MemorySize;
import io.aurachatops.create.Guardrails;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.watch.WatchStarter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pause, resume and resize: find the instance, refuse what must not happen (protected, wrong state, busy),
 * send the one call, and hand over to a watch with a status card. Wrong states are answered privately.
 */
@ApplicationScoped
public class LifecycleActions {

    private final AuraGateway aura;
    private final InstanceResolver instances;
    private final ProtectedInstances protectedInstances;
    private final Notifier notifier;
    private final WatchStarter watches;
    private final AuditLog audit;
    private final int maxMemoryGb;
    private final String maxMemory;
    private final PauseClock pauseClock;

    @SuppressWarnings("java:S107") // one collaborator per thing a lifecycle change touches
    public LifecycleActions(AuraGateway aura, InstanceResolver instances, ProtectedInstances protectedInstances,
            Notifier notifier, WatchStarter watches, AuditLog audit, Guardrails guardrails, PauseClock pauseClock) {
        this.pauseClock = pauseClock;
        this.aura = aura;
        this.instances = instances;
        this.protectedInstances = protectedInstances;
        this.notifier = notifier;
        this.watches = watches;
        this.audit = audit;
        this.maxMemory = MemorySize.normalise(guardrails.maxMemory()).orElse("16GB");
        this.maxMemoryGb = MemorySize.gigabytes(maxMemory);
    }

    public Reply pause(CommandContext context, String reference) {
        Instance i = unprotected(context, "pause", reference);
        String status = i.status().value();
        if (status.equals("paused")) {
            return Reply.of(InstanceMessages.name(i) + " is already paused.");
        }
        requireRunning(i, "paused");
        return start(context, "pause", i, id -> {
            Accepted accepted = aura.pause(id, Priority.INTERACTIVE);
            pauseClock.paused(id);
            return accepted;
        }, "⏸️ Pausing",
                WatchStarter.Target.of(WatchOperation.PAUSE, "pausing"));
    }

    public Reply resume(CommandContext context, String reference) {
        Instance i = unprotected(context, "resume", reference);
        String status = i.status().value();
        if (status.equals("running")) {
            return Reply.of(InstanceMessages.name(i) + " is already running.");
        }
        if (i.status().isTransitional()) {
            return Reply.of(InstanceMessages.busy(i, status));
        }
        if (!status.equals("paused")) {
            return Reply.of(InstanceMessages.name(i) + " is `" + Markdown.escape(status) + "`; only a paused instance can "
                    + "be resumed.");
        }
        return start(context, "resume", i, id -> {
            Accepted accepted = aura.resume(id, Priority.INTERACTIVE);
            pauseClock.resumed(id);
            return accepted;
        }, "▶️ Resuming",
                WatchStarter.Target.of(WatchOperation.RESUME, "resuming"));
    }

    public Reply resize(CommandContext context, String reference, String memory) {
        Instance i = resizable(context, reference, memory);
        return start(context, "resize", i, id -> aura.resize(id, memory, Priority.INTERACTIVE),
                "📏 Resizing to " + memory + ":", new WatchStarter.Target(WatchOperation.RESIZE, i.status().value(),
                        null, null, null, memory, null));
    }

    /** The instance, if Aura would resize it to {@code memory} now; otherwise why not, thrown. Changes nothing. */
    public Instance resizable(CommandContext context, String reference, String memory) {
        Instance i = unprotected(context, "resize", reference);
        if ("free-db".equals(i.type())) {
            throw new CommandException(InstanceMessages.name(i) + " is a `free-db` instance, which cannot be resized.");
        }
        if (memory.equalsIgnoreCase(String.valueOf(i.memory()))) {
            throw new CommandException(InstanceMessages.name(i) + " already has " + memory + ".");
        }
        if (i.status().value().equals("paused")) {
            throw new CommandException(InstanceMessages.name(i) + " is paused; resume it before resizing.");
        }
        requireRunning(i, null);
        List<String> offered = aura.configurations(i.tenantId(), Priority.INTERACTIVE).stream()
                .filter(c -> same(c.type(), i.type()) && same(c.cloudProvider(), i.cloudProvider()) && same(c.region(), i.region()))
                .map(InstanceConfiguration::memory).distinct()
                .sorted(java.util.Comparator.comparingInt(MemorySize::gigabytes)).toList();
        List<String> allowed = offered.stream().filter(m -> MemorySize.gigabytes(m) <= maxMemoryGb).toList();
        if (MemorySize.gigabytes(memory) > maxMemoryGb) {
            throw new CommandException("`" + memory + "` is above the limit of " + maxMemory + " (`AURA_MAX_MEMORY`). Valid: "
                    + choices(allowed) + ".");
        }
        if (!allowed.contains(memory)) {
            throw new CommandException("`" + Markdown.escape(memory) + "` is not offered for " + Markdown.escape(i.type())
                    + " in " + Markdown.escape(i.cloudProvider()) + " " + Markdown.escape(i.region()) + ". Valid: "
                    + choices(allowed) + ".");
        }
        return i;
    }

    private Reply start(CommandContext context, String verb, Instance i, Function<String, Accepted> call, String doing,
            WatchStarter.Target target) {
        Accepted accepted;
        try {
            accepted = call.apply(i.id());
        } catch (AuraApiException e) {
            if (e.isBusy()) {
                audit.record(context.requester(), verb, i.id(), "busy", e.requestId().orElse(null));
                return Reply.of(InstanceMessages.name(i) + " is busy: " + Markdown.escape(e.getMessage())
                        + ". Try again when it finishes.");
            }
            throw e;
        }
        Card card = notifier.postCard(context.replyTo(), InstanceMessages.card(accepted.instance().id() == null ? i
                : merge(i, accepted.instance())).render(doing + " *" + Markdown.escape(i.name()) + "* for <@"
                        + context.requester().userId() + ">", null));
        watches.start(context.jobId(), context.requester(), i.id(), i.name(), card, target);
        audit.record(context.requester(), verb, i.id(), "accepted", accepted.requestId());
        return Reply.NONE;
    }

    private Instance unprotected(CommandContext context, String verb, String reference) {
        Instance i = instances.resolve(reference, Priority.INTERACTIVE);
        if (protectedInstances.covers(i.id(), i.name())) {
            audit.record(context.requester(), verb, i.id(), "refused:protected", null);
            throw new CommandException(InstanceMessages.protectedInstance(i));
        }
        return i;
    }

    private static void requireRunning(Instance i, String wanted) {
        String status = i.status().value();
        if (i.status().isTransitional()) {
            throw new CommandException(InstanceMessages.busy(i, status));
        }
        if (!status.equals("running")) {
            throw new CommandException(InstanceMessages.name(i) + " is `" + status + "`; only a running instance can be "
                    + (wanted == null ? "resized" : wanted) + ".");
        }
    }

    /** Aura's answer to a change may leave out fields; keep what the GET said. */
    private static Instance merge(Instance before, Instance answer) {
        return new Instance(before.id(), before.name(), before.tenantId(), answer.status(), before.type(),
                before.cloudProvider(), before.region(), before.memory(), before.storage(), before.connectionUrl(),
                before.createdAt());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static String choices(List<String> values) {
        return values.isEmpty() ? "none" : values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }
}
