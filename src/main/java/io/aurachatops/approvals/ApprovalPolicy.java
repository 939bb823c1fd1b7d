package io.aurachatops.approvals;

import io.aurachatops.command.MemorySize;
import io.aurachatops.settings.RunSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code AURA_APPROVAL_REQUIRED}: which commands need a second person, e.g.
 * {@code delete,overwrite,restore,create>8GB,type=business-critical}. A verb alone always needs approval;
 * {@code create>8GB} (or {@code clone>8GB}) when more memory than that is asked for; {@code type=T} a create or
 * clone of that type. Judged on the command as typed, before Aura is asked.
 */
public final class ApprovalPolicy {

    private record Rule(String verb, int aboveGb, String type, String text) {
    }

    private final List<Rule> rules;

    private ApprovalPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ApprovalPolicy from(RunSettings settings) {
        return parse(settings.list(RunSettings.APPROVAL_REQUIRED));
    }

    /** Reads the rules; an entry it cannot read stops the policy with a message naming it. */
    public static ApprovalPolicy parse(List<String> entries) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.startsWith("type=")) {
                rules.add(new Rule(null, -1, entry.substring(5), raw.trim()));
            } else if (entry.contains(">")) {
                String[] parts = entry.split(">", 2);
                int gb = MemorySize.normalise(parts[1]).map(MemorySize::gigabytes).orElseThrow(() ->
                        new IllegalArgumentException("AURA_APPROVAL_REQUIRED: `" + raw + "` needs a size after `>`, "
                                + "like `create>8GB`"));
                rules.add(new Rule(parts[0], gb, null, raw.trim()));
            } else if (entry.matches("[a-z-]+")) {
                rules.add(new Rule(entry, -1, null, raw.trim()));
            } else {
                throw new IllegalArgumentException("AURA_APPROVAL_REQUIRED: `" + raw + "` is not a verb, `verb>SIZE` "
                        + "or `type=T`");
            }
        }
        return new ApprovalPolicy(rules);
    }

    /** The rule that makes this command need approval, as written in the setting; empty when none does. */
    public Optional<String> rule(String verb, Map<String, String> args) {
        for (Rule rule : rules) {
            if (rule.type() != null) {
                if ((verb.equals("create") || verb.equals("clone")) && rule.type().equalsIgnoreCase(args.get("type"))) {
                    return Optional.of(rule.text());
                }
            } else if (rule.verb().equals(verb)) {
                if (rule.aboveGb() < 0) {
                    return Optional.of(rule.text());
                }
                Optional<Integer> asked = Optional.ofNullable(args.get("memory")).flatMap(MemorySize::normalise)
                        .map(MemorySize::gigabytes);
                if (asked.isPresent() && asked.get() > rule.aboveGb()) {
                    return Optional.of(rule.text());
                }
            }
        }
        return Optional.empty();
    }
}
