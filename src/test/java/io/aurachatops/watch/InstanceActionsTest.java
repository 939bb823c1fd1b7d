package io.aurachatops.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Menu;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which actions a card offers, by the instance's state and the viewer's role, and what their tokens grant. */
class InstanceActionsTest {

    final FakeTime time = new FakeTime();
    final ConfirmationTokens tokens = new ConfirmationTokens(() -> "secret");
    final InstanceActions actions = new InstanceActions(tokens, new FakeAura(), time, 8);

    @Test
    void aRunningInstanceOffersPauseSnapshotDeleteAndTheOtherSizesToAnAdmin() {
        Reply card = actions.on(Reply.of("x"), instance("running", "professional-db"), "C1", Role.ADMIN);
        assertEquals(List.of("aura_act_run_pause", "aura_act_run_snapshot", "aura_act_run_delete"), ids(card));
        Menu resize = card.menu();
        assertEquals("aura_act_run_resize", resize.actionId());
        assertTrue(resize.options().stream().noneMatch(o -> o.label().endsWith(" 4GB")), "not its own size");
        Menu.Option eight = resize.options().stream().filter(o -> o.label().endsWith(" 8GB")).findFirst().orElseThrow();
        assertTrue(tokens.verifyAction(eight.value(), "resize-8gb", "C1", time.now()).isPresent());
        assertTrue(tokens.verifyAction(eight.value(), "resize-16gb", "C1", time.now()).isEmpty(), "it names one size");
        assertTrue(resize.options().stream().noneMatch(o -> o.label().endsWith(" 16GB")), "nothing above AURA_MAX_MEMORY");
        assertTrue(tokens.verifyAction(card.buttons().get(0).value(), "pause", "C2", time.now()).isEmpty(),
                "not in another channel");
    }

    @Test
    void aPausedInstanceOffersResumeToAnOperatorAndNothingToAViewer() {
        assertEquals(List.of("aura_act_run_resume"), ids(actions.on(Reply.of("x"), instance("paused", "professional-db"),
                "C1", Role.OPERATOR)));
        assertNull(actions.on(Reply.of("x"), instance("paused", "professional-db"), "C1", Role.OPERATOR).menu());
        assertEquals(List.of(), ids(actions.on(Reply.of("x"), instance("running", "professional-db"), "C1",
                Role.ANYONE)));
    }

    @Test
    void aBusyInstanceOffersNothingAndAFreeOneNeitherSnapshotNorResize() {
        assertEquals(List.of(), ids(actions.on(Reply.of("x"), instance("updating", "professional-db"), "C1", Role.ADMIN)));
        Reply free = actions.on(Reply.of("x"), instance("running", "free-db"), "C1", Role.ADMIN);
        assertEquals(List.of("aura_act_run_pause", "aura_act_run_delete"), ids(free));
        assertNull(free.menu());
    }

    @Test
    void theHomeTabGetsTheSameActionsAsOneMenuWhoseTokensNameTheVerbAndTheInstancesChannel() {
        List<Menu.Option> operator = actions.menuOptions(instance("running", "professional-db"), "orders", "C9",
                Role.OPERATOR);
        assertEquals(List.of("⏸️ Pause orders", "📸 Snapshot orders"), operator.stream().map(Menu.Option::label).toList());
        assertEquals(java.util.Optional.of("pause"), ConfirmationTokens.actionOf(operator.get(0).value()));
        assertEquals(java.util.Optional.of("C9"), ConfirmationTokens.channelOf(operator.get(0).value()));
        assertTrue(tokens.verifyAction(operator.get(1).value(), "snapshot", "C9", time.now()).isPresent());
        assertEquals("🗑️ Delete orders", actions.menuOptions(instance("paused", "professional-db"), "orders", "C9",
                Role.ADMIN).get(1).label());
        assertEquals(List.of(), actions.menuOptions(instance("running", "professional-db"), "orders", "C9", Role.ANYONE));
    }

    private static List<String> ids(Reply reply) {
        return reply.buttons().stream().map(Button::actionId).toList();
    }

    private static Instance instance(String status, String type) {
        return new Instance("a1b2c3d4", "orders", "t", InstanceStatus.of(status), type, "gcp", "europe-west1", "4GB",
                "8GB", null, null);
    }
}
