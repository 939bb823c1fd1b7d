package io.aurachatops.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.command.CommandSpec;
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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** infra/slack/manifest.yaml against the template's routes and the parser's grammar. */
class ManifestTest {

    static final List<CommandSpec> SPECS = List.of(HelpCommand.SPEC, TenantsCommand.SPEC, ListCommand.SPEC, GetCommand.SPEC,
            CreateCommand.SPEC, PauseCommand.SPEC, ResumeCommand.SPEC, ResizeCommand.SPEC, DeleteCommand.SPEC,
            ScheduleCommand.SPEC, io.aurachatops.verbs.SnapshotCommand.SPEC, io.aurachatops.verbs.SnapshotsCommand.SPEC,
            io.aurachatops.verbs.RestoreCommand.SPEC, io.aurachatops.verbs.CloneCommand.SPEC,
            io.aurachatops.verbs.OverwriteCommand.SPEC, io.aurachatops.verbs.KeepAwakeCommand.SPEC,
            io.aurachatops.verbs.LeasesCommand.SPEC, io.aurachatops.verbs.ExtendCommand.SPEC);

    static Map<String, Object> manifest() throws Exception {
        return CloudFormationYaml.parse(Files.readString(Path.of("infra/slack/manifest.yaml")));
    }

    static Map<String, Object> command() throws Exception {
        Map<String, Object> features = TemplateContract.map(manifest().get("features"));
        return TemplateContract.map(TemplateContract.list(features.get("slash_commands")).get(0));
    }

    @Test
    void urlsMatchTheTemplatesRoutes() throws Exception {
        String template = Files.readString(Path.of("template.yaml"));
        String commandPath = URI.create(String.valueOf(command().get("url"))).getPath();
        String interactivity = String.valueOf(TemplateContract.map(TemplateContract.map(manifest().get("settings"))
                .get("interactivity")).get("request_url"));
        assertEquals("/aura", command().get("command"));
        assertEquals("/slack/commands", commandPath);
        assertEquals("/slack/interactions", URI.create(interactivity).getPath());
        Map<String, Object> events = TemplateContract.map(TemplateContract.map(manifest().get("settings"))
                .get("event_subscriptions"));
        assertEquals("/slack/events", URI.create(String.valueOf(events.get("request_url"))).getPath());
        assertTrue(template.contains("Path: /slack/events"), "the template routes the events URL");
        assertEquals(List.of("app_home_opened"), TemplateContract.list(events.get("bot_events")));
        assertTrue(template.contains("Path: " + commandPath) && template.contains("Path: /slack/interactions"));
        assertEquals(Boolean.TRUE, command().get("should_escape"), "the parser understands Slack's <…> escapes");
    }

    @Test
    void usageHintNamesOnlyVerbsAndFlagsTheParserKnows() throws Exception {
        String hint = String.valueOf(command().get("usage_hint"));
        Set<String> verbs = SPECS.stream().map(CommandSpec::verb).collect(Collectors.toSet());
        Set<String> hinted = new TreeSet<>();
        for (String part : hint.split("\\|\\s")) {
            hinted.add(part.trim().split("\\s+")[0]);
        }
        assertEquals(new TreeSet<>(verbs), hinted, "every verb once, and nothing else");
        Set<String> flags = SPECS.stream().flatMap(s -> s.flags().stream()).map(f -> "--" + f.name())
                .collect(Collectors.toSet());
        Matcher m = Pattern.compile("--[a-z-]+").matcher(hint);
        while (m.find()) {
            assertTrue(flags.contains(m.group()), m.group() + " is in the usage hint but not in the parser");
        }
    }

    @Test
    void asksOnlyForTheScopesTheBotUses() throws Exception {
        // /aura itself; chat.postMessage and chat.update (also in public channels the bot was not invited to);
        // usergroups.users.list for roles given to user groups; views.publish needs no scope. Nothing else is called.
        Map<String, Object> scopes = TemplateContract.map(TemplateContract.map(manifest().get("oauth_config")).get("scopes"));
        assertEquals(new TreeSet<>(List.of("commands", "chat:write", "chat:write.public", "usergroups:read")),
                new TreeSet<>(TemplateContract.list(scopes.get("bot"))));
    }
}
