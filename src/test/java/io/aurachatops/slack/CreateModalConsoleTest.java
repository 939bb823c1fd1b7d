package io.aurachatops.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.sandbox.ConsoleViews;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import com.slack.api.model.view.ViewState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox prints the create form readably, with the helper commands that choose in it and submit it. */
class CreateModalConsoleTest {

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final ConsoleViews views = new ConsoleViews(new PrintStream(printed, true, StandardCharsets.UTF_8));

    final List<InstanceConfiguration> offered = List.of(
            new InstanceConfiguration("professional-db", "aws", "us-west-2", "US West, Oregon (us-west-2)", "2GB",
                    "4GB", "5"),
            new InstanceConfiguration("professional-db", "aws", "us-west-2", "US West, Oregon (us-west-2)", "8GB",
                    "16GB", "5"),
            new InstanceConfiguration("free-db", "gcp", "europe-west1", "Belgium", "1GB", "2GB", "5"));

    @Test
    void theFormShowsEachChoiceAsAHelperCommandAndHowToSubmit() {
        Views.Opened opened = views.open("trigger", CreateModal.loading("")).orElseThrow();
        assertEquals(ConsoleViews.VIEW_ID, opened.viewId(), "the helper sends this id back");
        views.update(opened.viewId(), opened.hash(), CreateModal.form("", offered, new CreateModal.Choice(
                "professional-db", null, null, null)));
        String console = printed.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("form opened: “Create an instance”") && console.contains("⏳ Loading"), console);
        assertTrue(console.contains("▾ Type: professional-db\n") && console.contains(
                "• free-db  choose: infra/local/aura-slash form type free-db"), console);
        assertTrue(console.contains("▾ Cloud provider: aws (the only one; here, choose it with the line below)"),
                "Slack submits a preselected option; the helper must be told to choose it: " + console);
        assertTrue(console.contains("• US West, Oregon (us-west-2)  choose: infra/local/aura-slash form region us-west-2"),
                "a region name that holds its id is not repeated: " + console);
        assertTrue(console.contains("• 8GB  choose: infra/local/aura-slash form memory 8GB"), console);
        assertTrue(console.contains("✎ Name: given when you submit, as name=…")
                && console.contains("[Create]  submit: infra/local/aura-slash submit name=… [ttl=…]"), console);
    }

    @Test
    void aFormThatCannotBeFilledSaysWhyAndOffersNoSubmit() {
        views.update(ConsoleViews.VIEW_ID, "sandbox", CreateModal.problem("Aura is down <now>"));
        String console = printed.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("❌ Aura is down <now>") && !console.contains("submit:"), console);
    }

    @Test
    void theSandboxChecksASubmissionAgainstTheFormItLastPrinted() {
        views.open("trigger", CreateModal.loading(""));
        assertTrue(views.shown(ConsoleViews.VIEW_ID).isEmpty(), "a loading form offers nothing to check against");
        views.update(ConsoleViews.VIEW_ID, "sandbox", CreateModal.form("", offered, new CreateModal.Choice(
                "professional-db", null, null, null)));
        ViewState state = chosen(Map.of("type", "business-critical", "cloud", "aws", "region", "us-west-2",
                "memory", "8GB"));
        assertEquals("8GB", CreateModal.args(state).get("memory"));
        Map<String, String> errors = CreateModal.errors(state, views.shown(ConsoleViews.VIEW_ID), ttl -> Optional.empty());
        assertEquals(List.of("name", "type"), List.copyOf(errors.keySet()), "in the form's order: " + errors);
        assertTrue(errors.get("type").contains("not offered"), errors.toString());
    }

    @Test
    void aFreeFormAsksNoRegionOrMemoryOfAura() {
        Map<String, String> args = CreateModal.args(chosen(Map.of("type", "free-db", "cloud", "gcp", "region",
                "europe-west1", "memory", "1GB")));
        assertEquals("free-db", args.get("type"));
        assertTrue(!args.containsKey("region") && !args.containsKey("memory"),
                "the typed command refuses them for free-db: " + args);
    }

    /** A form's state with these selects chosen, as Slack sends it. */
    private static ViewState chosen(Map<String, String> selects) {
        Map<String, Map<String, ViewState.Value>> values = new HashMap<>();
        selects.forEach((block, value) -> {
            ViewState.SelectedOption option = new ViewState.SelectedOption();
            option.setValue(value);
            ViewState.Value chosen = new ViewState.Value();
            chosen.setSelectedOption(option);
            values.put(block, Map.of(CreateModal.ACTION_PREFIX + block, chosen));
        });
        ViewState state = new ViewState();
        state.setValues(values);
        return state;
    }
}
