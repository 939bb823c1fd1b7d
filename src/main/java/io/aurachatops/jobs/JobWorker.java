package io.aurachatops.jobs;

import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.lifecycle.DeleteDecisions;
import io.aurachatops.schedule.BatchWatchRunner;
import jakarta.inject.Provider;
import io.aurachatops.access.Denials;
import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.CommandCatalog;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.ParsedCommand;
import io.aurachatops.command.UsageException;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.quarkus.logging.Log;
import io.aurachatops.watch.WatchRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs one job: authorises the requester again, does the work, and always answers. */
@ApplicationScoped
public class JobWorker {

    private final CommandCatalog catalog;
    private final RoleResolver roles;
    private final Notifier notifier;
    private final WatchRunner watches;
    private final DeleteDecisions deleteDecisions;
    private final AuditLog audit;
    private final Provider<BatchWatchRunner> batches;

    public JobWorker(CommandCatalog catalog, RoleResolver roles, Notifier notifier, WatchRunner watches,
            DeleteDecisions deleteDecisions, AuditLog audit, Provider<BatchWatchRunner> batches) {
        this.catalog = catalog;
        this.roles = roles;
        this.notifier = notifier;
        this.watches = watches;
        this.deleteDecisions = deleteDecisions;
        this.audit = audit;
        this.batches = batches;
    }

    public void run(Job job) {
        if (job instanceof CommandJob command) {
            runCommand(command);
        } else if (job instanceof WatchJob watch) {
            watches.run(watch);
        } else if (job instanceof DeleteDecisionJob decision) {
            deleteDecisions.run(decision);
        } else if (job instanceof BatchWatchJob batch) {
            batches.get().run(batch);
        }
    }

    private void runCommand(CommandJob job) {
        ReplyTarget target = new ReplyTarget(job.requester().channelId(), job.requester().userId(), job.responseUrl());
        Reply reply = answer(job, target);
        if (reply != Reply.NONE) {
            notifier.reply(target, reply);
        }
    }

    private Reply answer(CommandJob job, ReplyTarget target) {
        try {
            Verb verb = catalog.verb(job.verb())
                    .orElseThrow(() -> new CommandException("`/aura " + job.verb() + "` is not a command of this version."));
            ParsedCommand command = new ParsedCommand(job.verb(), job.args());
            Role needed = verb.requiredRole(command);
            RoleResolver.Resolution role = roles.resolve(job.requester().userId());
            if (!role.role().covers(needed)) {
                audit.record(job.requester(), job.verb(), command.arg("instance").or(() -> command.arg("name")).orElse(null),
                        "refused:needs-" + needed.label(), null);
                return Reply.of(Denials.roleNeeded(job.verb(), needed) + role.note().map(n -> "\n" + n).orElse(""));
            }
            return verb.run(new CommandContext(command, job.requester(), job.jobId(), Instant.parse(job.queuedAt()), target));
        } catch (UsageException e) {
            return Reply.of(e.userMessage());
        } catch (CommandException e) {
            return Reply.of(e.getMessage());
        } catch (AuraApiException e) {
            Log.warnf("Job %s (%s): %s", job.jobId(), job.verb(), e);
            return Reply.of(AuraProblems.explain(e));
        } catch (RuntimeException e) {
            Log.errorf(e, "Job %s (%s) failed", job.jobId(), job.verb());
            return Reply.of("Something went wrong on my side. An admin can find the details in the bot's log under "
                    + "job `" + job.jobId() + "`.");
        }
    }
}
