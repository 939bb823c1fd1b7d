package io.aurachatops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.verbs.CreateCommand;
import io.aurachatops.verbs.DeleteCommand;
import io.aurachatops.verbs.GetCommand;
import io.aurachatops.verbs.HelpCommand;
import io.aurachatops.verbs.ListCommand;
import io.aurachatops.verbs.PauseCommand;
import io.aurachatops.verbs.ResizeCommand;
import io.aurachatops.verbs.ResumeCommand;
import io.aurachatops.verbs.ScheduleCommand;
import io.aurachatops.verbs.TenantsCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The grammar of design §4, table-driven, including hostile input. */
class CommandParserTest {

    static final List<CommandSpec> SPECS = List.of(HelpCommand.SPEC, TenantsCommand.SPEC, ListCommand.SPEC,
            GetCommand.SPEC, CreateCommand.SPEC, PauseCommand.SPEC, ResumeCommand.SPEC, ResizeCommand.SPEC,
            DeleteCommand.SPEC, ScheduleCommand.SPEC);
    static final Map<String, CommandSpec> BY_VERB = SPECS.stream()
            .collect(Collectors.toMap(CommandSpec::verb, Function.identity()));

    final CommandParser parser = new CommandParser(v -> Optional.ofNullable(BY_VERB.get(v)),
            SPECS.stream().map(CommandSpec::verb).toList());

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("help", "help", Map.of()),
                Arguments.of("HELP create", "help", Map.of("verb", "create")),
                Arguments.of("create --help", "help", Map.of("verb", "create")),
                Arguments.of("tenants", "tenants", Map.of()),
                Arguments.of("list", "list", Map.of()),
                Arguments.of("list --tenant-id ABC-123", "list", Map.of("tenant-id", "abc-123")),
                Arguments.of("list --tenant-id=abc", "list", Map.of("tenant-id", "abc")),
                Arguments.of("get 5e3a91cf", "get", Map.of("instance", "5e3a91cf")),
                Arguments.of("get \"orders graph\"", "get", Map.of("instance", "orders graph")),
                Arguments.of("get “orders graph”", "get", Map.of("instance", "orders graph")),
                Arguments.of("get 'it''s'", "get", Map.of("instance", "its")),
                Arguments.of("get <http://orders.dev|orders.dev>", "get", Map.of("instance", "orders.dev")),
                Arguments.of("get a&amp;b", "get", Map.of("instance", "a&b")),
                Arguments.of("get <@U123ABC>", "get", Map.of("instance", "U123ABC")),
                Arguments.of("create db1 --type Free-DB", "create", Map.of("name", "db1", "type", "free-db")),
                Arguments.of("create db1 --memory 8", "create", Map.of("name", "db1", "memory", "8GB")),
                Arguments.of("create db1 --memory 8gb", "create", Map.of("name", "db1", "memory", "8GB")),
                Arguments.of("create db1 --memory 8 GB --region EU-West1", "create",
                        Map.of("name", "db1", "memory", "8GB", "region", "eu-west1")),
                Arguments.of("create db1 --memory=16GB", "create", Map.of("name", "db1", "memory", "16GB")),
                Arguments.of("  create\tdb1   --version 5 ", "create", Map.of("name", "db1", "version", "5")),
                Arguments.of("resize db1 4GB", "resize", Map.of("instance", "db1", "memory", "4GB")),
                Arguments.of("resize db1 4 GB", "resize", Map.of("instance", "db1", "memory", "4GB")),
                Arguments.of("resize db1 --memory 4gb", "resize", Map.of("instance", "db1", "memory", "4GB")),
                Arguments.of("pause db1", "pause", Map.of("instance", "db1")),
                Arguments.of("schedule", "schedule", Map.of()),
                Arguments.of("schedule run --dry-run", "schedule", Map.of("action", "run", "dry-run", "true")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parsesValidCommands(String text, String verb, Map<String, String> args) {
        ParsedCommand parsed = parser.parse(text);
        assertEquals(verb, parsed.verb());
        assertEquals(args, parsed.args());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("", "Tell me what to do"),
                Arguments.of("   ", "Tell me what to do"),
                Arguments.of(null, "Tell me what to do"),
                Arguments.of("destroy db1", "I don't know the command `destroy`"),
                Arguments.of("get", "Missing `<id|name>`"),
                Arguments.of("resize db1", "Missing `<memory>`"),
                Arguments.of("get a b", "Unexpected `b`"),
                Arguments.of("tenants extra", "takes no arguments"),
                Arguments.of("create db1 --colour red", "has no flag `--colour`. Valid flags: `--type`"),
                Arguments.of("get db1 --type x", "It takes no flags"),
                Arguments.of("create db1 --region a --region b", "`--region` given twice"),
                Arguments.of("resize db1 4GB --memory 8GB", "given twice"),
                Arguments.of("create db1 --type", "`--type` needs a value"),
                Arguments.of("create db1 --type --region x", "`--type` needs a value"),
                Arguments.of("create db1 --memory lots", "`lots` is not a memory size"),
                Arguments.of("create db1 --memory 0", "is not a memory size"),
                Arguments.of("schedule run --dry-run=yes", "takes no value"),
                Arguments.of("get \"unclosed", "quote (\") is not closed"),
                Arguments.of("get “unclosed", "is not closed"),
                Arguments.of("get db\u0007", "control character (U+0007)"),
                Arguments.of("get \"db\u0000\"", "control character (U+0000)"),
                Arguments.of("get db\uFFFD", "not valid UTF-8"),
                Arguments.of("get " + "x".repeat(2000), "the most I accept is 1000"),
                Arguments.of("\"\"", "Tell me what to do"),
                Arguments.of("get \"\"", "`<id|name>` is empty"),
                Arguments.of("list --tenant-id=", "`--tenant-id` is empty"),
                // Typed text echoed back is never live markup (Slack sends typed brackets as entities).
                Arguments.of("&lt;!channel&gt; now", "`&lt;!channel&gt;`"),
                Arguments.of("get db1 &lt;http://evil.example|here&gt;", "Unexpected `&lt;http://evil.example|here&gt;`"),
                Arguments.of("get db1 --*bold*", "no flag `--\u2217bold\u2217`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void explainsInvalidCommands(String text, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> parser.parse(text));
        assertTrue(e.userMessage().contains(expected), () -> "message was: " + e.userMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void usageMessagesShowTheRightForm(String text, String ignored) {
        UsageException e = assertThrows(UsageException.class, () -> parser.parse(text));
        String message = e.userMessage();
        assertTrue(message.contains("/aura help"), message);
        e.spec().ifPresent(spec -> assertTrue(message.contains("Usage: `/aura " + spec.usage() + "`"), message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileEchoes")
    void neverEchoesLongOrFormattingInput(String text) {
        UsageException e = assertThrows(UsageException.class, () -> parser.parse(text));
        assertTrue(e.userMessage().length() < 600, e.userMessage());
    }

    static Stream<String> hostileEchoes() {
        return Stream.of("x".repeat(900), "create db1 --" + "y".repeat(900), "get a " + "`".repeat(900));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedBack")
    void aCommandWrittenOutAsTypedParsesToTheSameArguments(String text) {
        ParsedCommand parsed = parser.parse(text);
        String typed = BY_VERB.get(parsed.verb()).typed(parsed.args());
        assertEquals(parsed.args(), parser.parse(typed.substring("/aura ".length())).args(), typed);
    }

    static Stream<String> typedBack() {
        return Stream.of("resize orders-graph 16GB", "delete a7c40b12", "pause orders-graph",
                "create demo --type professional-db --memory 4GB --ttl 8h");
    }
}
