package io.aurachatops.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every verb, in the order help lists them. */
@ApplicationScoped
public class CommandCatalog {

    private static final List<String> ORDER = List.of("help", "tenants", "list", "get", "create", "pause", "resume",
            "resize", "delete", "snapshot", "snapshots", "restore", "clone", "overwrite", "schedule", "keep-awake",
            "leases", "extend");

    private final Map<String, Verb> verbs = new LinkedHashMap<>();
    private final CommandParser parser;

    public CommandCatalog(Instance<Verb> all) {
        all.stream()
                .sorted(Comparator.comparingInt(v -> rank(v.spec().verb())))
                .forEach(v -> verbs.put(v.spec().verb(), v));
        this.parser = new CommandParser(name -> verb(name).map(Verb::spec), List.copyOf(verbs.keySet()));
    }

    public Optional<Verb> verb(String name) {
        return Optional.ofNullable(verbs.get(name));
    }

    public List<Verb> all() {
        return List.copyOf(verbs.values());
    }

    public CommandParser parser() {
        return parser;
    }

    private static int rank(String verb) {
        int i = ORDER.indexOf(verb);
        return i < 0 ? ORDER.size() : i;
    }
}
