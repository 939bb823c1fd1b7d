package io.aurachatops.command;

import io.aurachatops.reply.Markdown;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code <verb> [positionals] [--flags]} against the verbs' own specs. Every mistake becomes a
 * {@link UsageException} that says what was wrong.
 */
public final class CommandParser {

    private final Function<String, Optional<CommandSpec>> specs;
    private final List<String> verbs;

    public CommandParser(Function<String, Optional<CommandSpec>> specs, List<String> verbs) {
        this.specs = specs;
        this.verbs = List.copyOf(verbs);
    }

    public ParsedCommand parse(String text) {
        Deque<String> words = new ArrayDeque<>(Tokenizer.split(text == null ? "" : text));
        if (words.isEmpty()) {
            throw new UsageException("Tell me what to do: one of " + verbList() + ".", null);
        }
        String verb = words.removeFirst().toLowerCase(Locale.ROOT);
        if (verb.isBlank()) {
            throw new UsageException("Tell me what to do: one of " + verbList() + ".", null);
        }
        CommandSpec spec = specs.apply(verb).orElseThrow(() -> new UsageException(
                "I don't know the command `" + clip(verb) + "`. I know " + verbList() + ".", null));
        if (words.stream().anyMatch(w -> w.equals("--help") || w.equals("-h"))) {
            return new ParsedCommand("help", Map.of("verb", verb));
        }
        return new ParsedCommand(verb, bind(spec, words));
    }

    private Map<String, String> bind(CommandSpec spec, Deque<String> words) {
        Map<String, String> args = new LinkedHashMap<>();
        int position = 0;
        while (!words.isEmpty()) {
            String word = words.removeFirst();
            if (word.startsWith("--") && word.length() > 2) {
                bindFlag(spec, word, words, args);
            } else {
                if (position >= spec.positionals().size()) {
                    throw new UsageException("Unexpected `" + clip(word) + "`: `" + spec.verb() + "` takes "
                            + describePositionals(spec) + ".", spec);
                }
                Positional p = spec.positionals().get(position++);
                put(spec, args, p.name(), read(spec, p.kind(), p.label(), word, words),
                        p.sameAsFlag().map(f -> "`--" + f + "` and the positional value both").orElse(null));
            }
        }
        for (Positional p : spec.positionals()) {
            if (p.required() && !args.containsKey(p.name())) {
                throw new UsageException("Missing " + describe(p) + ".", spec);
            }
        }
        return args;
    }

    private void bindFlag(CommandSpec spec, String word, Deque<String> words, Map<String, String> args) {
        int eq = word.indexOf('=');
        String name = (eq > 0 ? word.substring(2, eq) : word.substring(2)).toLowerCase(Locale.ROOT);
        Flag flag = spec.flag(name).orElseThrow(() -> new UsageException("`" + spec.verb() + "` has no flag `--"
                + clip(name) + "`." + validFlags(spec), spec));
        String value;
        if (flag.kind() == ArgKind.SWITCH) {
            if (eq > 0) {
                throw new UsageException("`--" + name + "` takes no value.", spec);
            }
            value = "true";
        } else if (eq > 0) {
            value = read(spec, flag.kind(), "--" + name, word.substring(eq + 1), words);
        } else {
            if (words.isEmpty() || words.peekFirst().startsWith("--")) {
                throw new UsageException("`--" + name + "` needs a value.", spec);
            }
            value = read(spec, flag.kind(), "--" + name, words.removeFirst(), words);
        }
        put(spec, args, name, value, "`--" + name + "`");
    }

    private static String read(CommandSpec spec, ArgKind kind, String label, String raw, Deque<String> rest) {
        if (raw.isBlank()) {
            throw new UsageException("`" + (label.startsWith("--") ? label : "<" + label + ">") + "` is empty.", spec);
        }
        return switch (kind) {
            case TEXT, SWITCH -> raw;
            case WORD -> raw.trim().toLowerCase(Locale.ROOT);
            case MEMORY -> {
                String spelled = raw;
                if (!rest.isEmpty() && rest.peekFirst().equalsIgnoreCase("gb") && raw.matches("\\d+")) {
                    spelled = raw + rest.removeFirst();
                }
                String text = spelled;
                yield MemorySize.normalise(text).orElseThrow(() -> new UsageException("`" + clip(text)
                        + "` is not a memory size. Write it like `8GB`, `8gb` or `8`.", spec));
            }
        };
    }

    private static void put(CommandSpec spec, Map<String, String> args, String name, String value, String label) {
        if (args.putIfAbsent(name, value) != null) {
            throw new UsageException((label == null ? "`" + name + "`" : label) + " given twice; give it once.", spec);
        }
    }

    private static String validFlags(CommandSpec spec) {
        if (spec.flags().isEmpty()) {
            return " It takes no flags.";
        }
        return " Valid flags: " + spec.flags().stream().map(f -> "`--" + f.name() + "`").collect(Collectors.joining(", "))
                + ".";
    }

    private static String describePositionals(CommandSpec spec) {
        if (spec.positionals().isEmpty()) {
            return "no arguments";
        }
        return spec.positionals().stream().map(CommandParser::describe).collect(Collectors.joining(" then "));
    }

    private static String describe(Positional p) {
        return "`<" + p.label() + ">`";
    }

    private String verbList() {
        return verbs.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }

    /** Echoes user input, shortened and without backticks, so it cannot break the message's formatting. */
    /** Typed text echoed back: at most 40 characters, escaped, because it is not the bot's own. */
    static String clip(String s) {
        return Markdown.escape(s.length() <= 40 ? s : s.substring(0, 40) + "…");
    }
}
