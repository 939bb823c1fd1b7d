package io.aurachatops.create;

import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.MemorySize;
import io.aurachatops.command.UsageException;
import io.aurachatops.reply.Markdown;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a create against the tenant's {@code instance_configurations}, the guardrails and the name rules
 * before anything is sent to Aura, and fills what the user left out. A wrong value is answered with the
 * distinct valid choices for the combination chosen so far.
 */
public final class CreateValidator {

    /** The Aura v1 spec's {@code maxLength} for an instance name. */
    static final int MAX_NAME = 30;
    static final String FREE = "free-db";
    /** What aura-cli sends for a free instance when the tenant offers it. */
    static final String FREE_PROVIDER = "gcp";
    static final String FREE_REGION = "europe-west1";

    private final CommandSpec spec;
    private final Set<String> allowedTypes;
    private final int maxMemoryGb;
    private final String maxMemory;
    private final CreateDefaults defaults;

    public CreateValidator(CommandSpec spec, Guardrails guardrails, CreateDefaults defaults) {
        this.spec = spec;
        this.allowedTypes = guardrails.allowedTypes().stream().map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.maxMemory = MemorySize.normalise(guardrails.maxMemory()).orElse("16GB");
        this.maxMemoryGb = MemorySize.gigabytes(maxMemory);
        this.defaults = defaults;
    }

    public InstanceRequest resolve(String tenantId, Map<String, String> args, List<InstanceConfiguration> offered,
            List<InstanceSummary> existing) {
        String name = checkName(args.get("name"));
        existing.stream().filter(i -> name.equals(i.name())).findFirst().ifPresent(i -> {
            throw refuse("An instance named `" + Markdown.escape(name) + "` already exists in this tenant (`" + i.id()
                    + "`). Pick another name.");
        });
        List<InstanceConfiguration> configs = offered.stream().filter(c -> allowedTypes.contains(lower(c.type()))).toList();
        String typed = args.get("type");
        if (typed != null && !allowedTypes.contains(lower(typed))) {
            throw refuse("Type `" + Markdown.escape(typed) + "` is not allowed here (`AURA_ALLOWED_TYPES`). Allowed: "
                    + list(allowedTypes) + ".");
        }
        String type = pick("type", typed, defaults.type(), configs, InstanceConfiguration::type);
        List<InstanceConfiguration> ofType = configs.stream().filter(c -> type.equals(lower(c.type()))).toList();
        boolean free = FREE.equals(type);
        if (free && (args.containsKey("region") || args.containsKey("memory"))) {
            throw refuse("`free-db` takes no `--region` or `--memory`: Aura decides them for free instances.");
        }
        String provider = pick("cloud-provider", args.get("cloud-provider"),
                free ? Optional.of(FREE_PROVIDER) : defaults.cloudProvider(), ofType, InstanceConfiguration::cloudProvider);
        List<InstanceConfiguration> onProvider = ofType.stream().filter(c -> provider.equals(lower(c.cloudProvider()))).toList();
        String region = pick("region", args.get("region"), free ? Optional.of(FREE_REGION) : defaults.region(),
                onProvider, InstanceConfiguration::region);
        List<InstanceConfiguration> inRegion = onProvider.stream().filter(c -> region.equals(lower(c.region()))).toList();
        String memory = pickMemory(args.get("memory"), free ? Optional.empty() : defaults.memory(), inRegion);
        String version = args.getOrDefault("version", "5");
        Set<String> versions = inRegion.stream().map(InstanceConfiguration::version).filter(v -> v != null)
                .collect(Collectors.toSet());
        if (!versions.isEmpty() && !versions.contains(version)) {
            throw refuse("Version `" + Markdown.escape(version) + "` is not offered there. Valid: " + list(versions) + ".");
        }
        return new InstanceRequest(name, tenantId, type, provider, region, memory, version);
    }

    private String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw refuse("The name is empty.");
        }
        if (!name.equals(name.strip())) {
            throw refuse("The name must not start or end with spaces.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw refuse("The name is " + name.codePointCount(0, name.length()) + " characters long; the most is "
                    + MAX_NAME + ".");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw refuse("The name contains a control character.");
        }
        return name;
    }

    /**
     * The value for one dimension: typed, else the default when it is valid here, else the only choice;
     * otherwise the user is asked, with the choices.
     */
    private String pick(String flag, String typed, Optional<String> fallback, List<InstanceConfiguration> configs,
            Function<InstanceConfiguration, String> field) {
        List<String> choices = configs.stream().map(field).filter(v -> v != null).map(CreateValidator::lower)
                .distinct().sorted().toList();
        if (choices.isEmpty()) {
            throw refuse("This tenant offers nothing for that combination (no `--" + flag + "` to choose). "
                    + "`/aura help create` explains the flags.");
        }
        if (typed != null) {
            if (!choices.contains(lower(typed))) {
                throw refuse("`" + Markdown.escape(typed) + "` is not a valid `--" + flag + "` here. Valid: "
                        + describe(flag, choices, configs) + ".");
            }
            return lower(typed);
        }
        Optional<String> usable = fallback.map(CreateValidator::lower).filter(choices::contains);
        if (usable.isPresent()) {
            return usable.get();
        }
        if (choices.size() == 1) {
            return choices.get(0);
        }
        throw refuse("Say which one with `--" + flag + "`: " + describe(flag, choices, configs) + ".");
    }

    private String pickMemory(String typed, Optional<String> fallback, List<InstanceConfiguration> configs) {
        List<String> offered = configs.stream().map(InstanceConfiguration::memory).filter(m -> m != null).distinct()
                .sorted(Comparator.comparingInt(MemorySize::gigabytes)).toList();
        List<String> allowed = offered.stream().filter(m -> MemorySize.gigabytes(m) <= maxMemoryGb).toList();
        if (allowed.isEmpty()) {
            throw refuse("Every size offered there is above the limit of " + maxMemory + " (`AURA_MAX_MEMORY`).");
        }
        if (typed != null) {
            if (MemorySize.gigabytes(typed) > maxMemoryGb && offered.contains(typed)) {
                throw refuse("`" + typed + "` is above the limit of " + maxMemory + " (`AURA_MAX_MEMORY`). Valid: "
                        + inOrder(allowed) + ".");
            }
            if (!allowed.contains(typed)) {
                throw refuse("`" + Markdown.escape(typed) + "` is not a size offered there. Valid: " + inOrder(allowed) + ".");
            }
            return typed;
        }
        Optional<String> usable = fallback.flatMap(MemorySize::normalise).filter(allowed::contains);
        if (usable.isPresent()) {
            return usable.get();
        }
        if (allowed.size() == 1) {
            return allowed.get(0);
        }
        throw refuse("Say how much memory with `--memory`: " + inOrder(allowed) + ".");
    }

    private static String describe(String flag, List<String> choices, List<InstanceConfiguration> configs) {
        if (!flag.equals("region")) {
            return list(choices);
        }
        Map<String, String> names = configs.stream().filter(c -> c.region() != null && c.regionName() != null)
                .collect(Collectors.toMap(c -> lower(c.region()), InstanceConfiguration::regionName, (a, b) -> a));
        return choices.stream().map(r -> "`" + r + "`" + humanName(r, names.get(r))).collect(Collectors.joining(", "));
    }

    /** Aura's region names often repeat the code ("Belgium (europe-west1)"); show only what it adds. */
    private static String humanName(String code, String name) {
        if (name == null) {
            return "";
        }
        String human = name.replace("(" + code + ")", "").trim();
        return human.isEmpty() || human.equalsIgnoreCase(code) ? "" : " (" + Markdown.escape(human) + ")";
    }

    private static String list(java.util.Collection<String> values) {
        return inOrder(values.stream().sorted().toList());
    }

    private static String inOrder(List<String> values) {
        return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }

    private UsageException refuse(String problem) {
        return new UsageException(problem, spec);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
