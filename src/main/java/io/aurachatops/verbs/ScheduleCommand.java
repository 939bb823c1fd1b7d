package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.ParsedCommand;
import io.aurachatops.command.Positional;
import io.aurachatops.command.UsageException;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import io.aurachatops.schedule.CostSavingRun;
import io.aurachatops.schedule.CronSchedule;
import io.aurachatops.schedule.Policy;
import io.aurachatops.schedule.PolicyHolder;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /aura schedule}: the cost-saving policy, its next runs and what it covers now. {@code schedule run}
 * applies the pause policy at once (admin); {@code --dry-run} only shows what it would do (operator).
 */
@ApplicationScoped
public class ScheduleCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("schedule", "schedule [run [--dry-run]]",
            "Show the cost-saving pause policy; `schedule run` applies it now (admin; `--dry-run`: operator)",
            Role.ANYONE, List.of(Positional.optional("action", "run", ArgKind.WORD)),
            List.of(new Flag("dry-run", ArgKind.SWITCH, "only show what would be paused")));
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz");

    private final PolicyHolder policies;
    private final CostSavingRun runs;
    private final AuraGateway aura;
    private final TimeSource time;

    public ScheduleCommand(PolicyHolder policies, CostSavingRun runs, AuraGateway aura, TimeSource time) {
        this.policies = policies;
        this.runs = runs;
        this.aura = aura;
        this.time = time;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Role requiredRole(ParsedCommand command) {
        if (!command.arg("action").filter("run"::equals).isPresent()) {
            return Role.ANYONE;
        }
        return command.has("dry-run") ? Role.OPERATOR : Role.ADMIN;
    }

    @Override
    public Reply run(CommandContext context) {
        Optional<String> action = context.command().arg("action");
        if (action.isPresent() && !action.get().equals("run")) {
            throw new UsageException("`schedule` takes `run` or nothing, not `" + Markdown.escape(action.get()) + "`.", SPEC);
        }
        if (action.isEmpty() && context.command().has("dry-run")) {
            throw new UsageException("`--dry-run` goes with `run`: `/aura schedule run --dry-run`.", SPEC);
        }
        if (action.isPresent()) {
            return runs.run("pause", CostSavingRun.manualSlot(time.now()), context.command().has("dry-run"));
        }
        Policy policy = policies.policy().orElseThrow(() -> new CommandException(policies.problem()
                .map(p -> "The cost-saving policy cannot be used: " + Markdown.escape(p)
                        + ". An admin can fix it in the deployment's settings; nothing is paused until then.")
                .orElse("No cost-saving policy is configured. An admin can set `AURA_AUTOPAUSE_MATCH`, "
                        + "`AURA_AUTOPAUSE_CRON` and optionally `AURA_AUTORESUME_CRON`.")));
        return describe(policy);
    }

    private Reply describe(Policy policy) {
        Instant now = time.now();
        String rules = "*Pauses* " + list(policy.match().describe())
                + (policy.exclude().isEmpty() ? "" : " except " + list(policy.exclude().describe()))
                + "\n*When:* `" + policy.pause().expression() + "` (" + policy.pause().zone() + "), next " + next(policy.pause(), now)
                + "\n*Resumes:* " + policy.resume().map(r -> "`" + r.expression() + "`, next " + next(r, now))
                        .orElse("never by itself (no `AURA_AUTORESUME_CRON`)")
                + "\n*Summary to:* " + policy.channel().map(c -> "<#" + c + ">").orElse("the log only");
        List<InstanceSummary> matching = aura.instances(Optional.empty(), Priority.INTERACTIVE).stream()
                .filter(i -> policy.match().matches(i) && !policy.exclude().matches(i)).toList();
        String covered = matching.isEmpty() ? "No instance matches right now."
                : "*Matching now:*\n" + matching.stream().map(i -> "• *" + Markdown.escape(i.name()) + "* `" + i.id() + "`")
                        .collect(Collectors.joining("\n"));
        return Reply.of("Cost-saving policy", List.of(rules, covered)).withFootnote(policy.prices().describe()
                + ". Protected instances (`AURA_PROTECTED`) are never paused.");
    }

    private static String next(CronSchedule schedule, Instant now) {
        return schedule.nextAfter(now).map(WHEN::format).orElse("never");
    }

    private static String list(List<String> values) {
        return values.stream().map(v -> "`" + Markdown.escape(v) + "`").collect(Collectors.joining(", "));
    }
}
