package io.aurachatops.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.command.MemorySize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The guided create: a modal whose selects go type → cloud → region → memory and offer only what the tenant's
 * {@code instance_configurations} allow for the choices made so far (each choice updates the view). Slack's
 * limits hold by construction: a title of at most 24 characters, at most 100 options per select, at most 75
 * characters per option, and far fewer than 100 blocks.
 */
final class CreateModal {

    static final String CALLBACK = "aura_create";
    static final String TITLE = "Create an instance";
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String CLOUD = "cloud";
    static final String REGION = "region";
    static final String MEMORY = "memory";
    static final String TTL = "ttl";
    static final String CHANNEL = "channel";
    /** Action ids of the selects; a change of one of them updates the view. */
    static final String ACTION_PREFIX = "aura_modal_";
    static final int MAX_OPTIONS = 100;
    static final int MAX_OPTION_TEXT = 75;
    static final int MAX_NAME = 30;

    /** What has been chosen so far; later choices are dropped when an earlier one no longer allows them. */
    record Choice(String type, String cloud, String region, String memory) {

        static final Choice NONE = new Choice(null, null, null, null);

        static Choice of(ViewState state) {
            return new Choice(selected(state, TYPE), selected(state, CLOUD), selected(state, REGION),
                    selected(state, MEMORY));
        }
    }

    private CreateModal() {
    }

    static View loading(String metadata) {
        return view(metadata, List.of(section(s -> s.text(markdownText("⏳ Loading the sizes and regions your tenant "
                + "offers…")))), false);
    }

    /** The form when it cannot be filled: it says why, and offers no submit. */
    static View problem(String why) {
        return view("", List.of(section(s -> s.text(markdownText("❌ " + SlackText.escape(why))))), false);
    }

    /** The form for these configurations and choices, keeping only the choices that still fit. */
    static View form(String metadata, List<InstanceConfiguration> configurations, Choice asked) {
        List<InstanceConfiguration> all = List.copyOf(configurations);
        String type = fits(asked.type(), values(all, c -> true, InstanceConfiguration::type));
        List<InstanceConfiguration> ofType = filter(all, c -> c.type().equals(type));
        String cloud = fits(asked.cloud(), values(ofType, c -> true, InstanceConfiguration::cloudProvider));
        List<InstanceConfiguration> ofCloud = filter(ofType, c -> c.cloudProvider().equals(cloud));
        String region = fits(asked.region(), values(ofCloud, c -> true, InstanceConfiguration::region));
        List<InstanceConfiguration> ofRegion = filter(ofCloud, c -> c.region().equals(region));
        String memory = fits(asked.memory(), values(ofRegion, c -> true, InstanceConfiguration::memory));

        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(NAME).label(plainText("Name")).hint(plainText("1 to 30 characters, Aura's limit"))
                .element(plainTextInput(e -> e.actionId(NAME).maxLength(MAX_NAME)))));
        blocks.add(select(TYPE, "Type", values(all, c -> true, InstanceConfiguration::type), type, v -> v));
        if (type != null) {
            blocks.add(select(CLOUD, "Cloud provider", values(ofType, c -> true, InstanceConfiguration::cloudProvider),
                    cloud, v -> v));
        }
        if (cloud != null) {
            Map<String, String> regionNames = new HashMap<>();
            // Aura's names often carry the region already: "US West, Oregon (us-west-2)".
            ofCloud.forEach(c -> regionNames.put(c.region(), c.regionName() == null ? c.region()
                    : c.regionName().contains(c.region()) ? c.regionName() : c.region() + " (" + c.regionName() + ")"));
            blocks.add(select(REGION, "Region", values(ofCloud, c -> true, InstanceConfiguration::region), region,
                    regionNames::get));
        }
        if (region != null) {
            List<String> sizes = new ArrayList<>(values(ofRegion, c -> true, InstanceConfiguration::memory));
            sizes.sort(Comparator.comparingInt(MemorySize::gigabytes));
            blocks.add(select(MEMORY, "Memory", new LinkedHashSet<>(sizes), memory, v -> v));
        }
        blocks.add(input(i -> i.blockId(TTL).optional(true).label(plainText("Delete it after (optional)"))
                .hint(plainText("A lease like 8h or 2d; leave empty to keep it"))
                .element(plainTextInput(e -> e.actionId(TTL).maxLength(8)))));
        blocks.add(input(i -> i.blockId(CHANNEL).label(plainText("Post its card in"))
                .element(conversationsSelect(e -> e.actionId(CHANNEL).defaultToCurrentConversation(true)
                        .responseUrlEnabled(true)))));
        return view(metadata, blocks, true);
    }

    /** Field errors for a submission, keyed by block id; empty when it can be queued. */
    static Map<String, String> errors(ViewState state, List<LayoutBlock> shown,
            Function<String, Optional<String>> leaseProblem) {
        Map<String, String> errors = new LinkedHashMap<>(); // in the form's order
        String name = value(state, NAME).map(String::trim).orElse("");
        if (name.isEmpty()) {
            errors.put(NAME, "Give it a name.");
        } else if (name.length() > MAX_NAME) {
            errors.put(NAME, "At most 30 characters (Aura's limit); this one has " + name.length() + ".");
        }
        for (String block : List.of(TYPE, CLOUD, REGION, MEMORY)) {
            String chosen = selected(state, block);
            if (chosen == null) {
                errors.put(block, "Choose one.");
            } else if (offered(shown, block).map(values -> !values.contains(chosen)).orElse(false)) {
                // Slack keeps a choice when a change above removes it from the options; the view says what fits.
                errors.put(block, "That is not offered with the choices above; choose again.");
            }
        }
        value(state, TTL).map(String::trim).filter(t -> !t.isEmpty()).flatMap(leaseProblem).ifPresent(p ->
                errors.put(TTL, p));
        return errors;
    }

    /** The create's arguments, as the slash command would carry them. */
    static Map<String, String> args(ViewState state) {
        Map<String, String> args = new HashMap<>();
        args.put("name", value(state, NAME).map(String::trim).orElse(""));
        args.put("type", selected(state, TYPE));
        args.put("cloud-provider", selected(state, CLOUD));
        args.put("region", selected(state, REGION));
        args.put("memory", selected(state, MEMORY));
        if ("free-db".equals(args.get("type"))) {
            // Aura decides a free instance's region and size; the typed command refuses them too.
            args.remove("region");
            args.remove("memory");
        }
        value(state, TTL).map(String::trim).filter(t -> !t.isEmpty()).ifPresent(t -> args.put("ttl", t));
        return args;
    }

    static Optional<String> channel(ViewState state) {
        return Optional.ofNullable(state).map(s -> s.getValues().get(CHANNEL)).map(b -> b.get(CHANNEL))
                .map(ViewState.Value::getSelectedConversation);
    }

    private static View view(String metadata, List<LayoutBlock> blocks, boolean ready) {
        View.ViewBuilder view = View.builder().type("modal").callbackId(CALLBACK).privateMetadata(metadata)
                .title(ViewTitle.builder().type("plain_text").text(TITLE).build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build()).blocks(blocks);
        if (ready) {
            view.submit(ViewSubmit.builder().type("plain_text").text("Create").build());
        }
        return view.build();
    }

    private static LayoutBlock select(String id, String label, Set<String> values, String chosen,
            Function<String, String> text) {
        List<OptionObject> options = values.stream().limit(MAX_OPTIONS).map(v -> option(text.apply(v), v)).toList();
        return input(i -> i.blockId(id).label(plainText(label)).dispatchAction(true).element(staticSelect(e -> {
            e.actionId(ACTION_PREFIX + id).placeholder(plainText("Choose…")).options(options);
            if (chosen != null) {
                e.initialOption(option(text.apply(chosen), chosen));
            }
            return e;
        })));
    }

    /** The option values a select of the shown view offers; empty when the view does not show that select. */
    private static Optional<Set<String>> offered(List<LayoutBlock> shown, String blockId) {
        return shown.stream().filter(b -> b instanceof InputBlock input && blockId.equals(input.getBlockId()))
                .map(b -> ((InputBlock) b).getElement()).filter(StaticSelectElement.class::isInstance)
                .map(StaticSelectElement.class::cast).filter(e -> e.getOptions() != null).findFirst()
                .map(e -> e.getOptions().stream().map(OptionObject::getValue)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private static OptionObject option(String text, String value) {
        return OptionObject.builder().text(plainText(SlackMessages.clip(text, MAX_OPTION_TEXT))).value(value).build();
    }

    private static List<InstanceConfiguration> filter(List<InstanceConfiguration> all,
            Predicate<InstanceConfiguration> keep) {
        return all.stream().filter(keep).toList();
    }

    private static Set<String> values(List<InstanceConfiguration> all, Predicate<InstanceConfiguration> keep,
            Function<InstanceConfiguration, String> field) {
        Set<String> values = new LinkedHashSet<>();
        all.stream().filter(keep).map(field).filter(v -> v != null && !v.isEmpty()).sorted().forEach(values::add);
        return values;
    }

    /** The asked value if it is still allowed; the only value when there is just one; otherwise none. */
    private static String fits(String asked, Set<String> allowed) {
        if (asked != null && allowed.contains(asked)) {
            return asked;
        }
        return allowed.size() == 1 ? allowed.iterator().next() : null;
    }

    private static String selected(ViewState state, String block) {
        return Optional.ofNullable(state).map(s -> s.getValues().get(block)).map(b -> b.get(ACTION_PREFIX + block))
                .map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue).orElse(null);
    }

    private static Optional<String> value(ViewState state, String block) {
        return Optional.ofNullable(state).map(s -> s.getValues().get(block)).map(b -> b.get(block))
                .map(ViewState.Value::getValue);
    }
}
