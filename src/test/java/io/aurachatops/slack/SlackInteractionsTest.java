package io.aurachatops.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import io.aurachatops.jobs.DataDecisionJob;
import io.aurachatops.jobs.DeleteDecisionJob;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The block_actions payload in the shape Slack sends it (reference/slack.md §3.2). */
class SlackInteractionsTest {

    static final String PAYLOAD = """
            {"type":"block_actions","user":{"id":"U0CLICKER","username":"ana","name":"ana","team_id":"T0TEAM"},
             "api_app_id":"A0APP","token":"legacy","container":{"type":"message","message_ts":"1700000000.000100",
             "channel_id":"C0CHAN","is_ephemeral":false},"trigger_id":"123.456.abc","team":{"id":"T0TEAM","domain":"acme"},
             "enterprise":null,"is_enterprise_install":false,"channel":{"id":"C0CHAN","name":"aura-ops"},
             "message":{"type":"message","subtype":"bot_message","text":"Delete?","ts":"1700000000.000100","bot_id":"B1",
             "blocks":[]},"state":{"values":{}},"response_url":"https://hooks.slack.com/actions/T0TEAM/1/abc",
             "actions":[{"action_id":"aura_delete_confirm","block_id":"x1","text":{"type":"plain_text","text":"Delete",
             "emoji":true},"value":"v1.5e3a91cf.U0REQ.C0CHAN.1700000600.ab12","style":"danger","type":"button",
             "action_ts":"1700000001.123456"}]}""";

    static String form(String json) {
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheClickTheWaySlackSendsIt() {
        BlockActionPayload click = SlackInteractions.parse(form(PAYLOAD)).orElseThrow();
        DeleteDecisionJob job = (DeleteDecisionJob) SlackInteractions.decision(click).orElseThrow();
        assertTrue(job.confirm());
        assertEquals("U0CLICKER", job.clickerId());
        assertEquals("T0TEAM", job.teamId());
        assertEquals("v1.5e3a91cf.U0REQ.C0CHAN.1700000600.ab12", job.token());
        assertEquals("C0CHAN", job.card().channelId());
        assertEquals("1700000000.000100", job.card().ts());
        assertEquals("https://hooks.slack.com/actions/T0TEAM/1/abc", job.card().responseUrl());
    }

    @Test
    void aClickOnAPrivateCardIsAnsweredPrivately() {
        BlockActionPayload click = SlackInteractions.parse(form(PAYLOAD.replace("\"is_ephemeral\":false",
                "\"is_ephemeral\":true"))).orElseThrow();
        assertFalse(((DeleteDecisionJob) SlackInteractions.decision(click).orElseThrow()).card().inChannel());
    }

    @Test
    void aClickOnARestoreCardBecomesARestoreDecision() {
        BlockActionPayload click = SlackInteractions.parse(form(PAYLOAD.replace("aura_delete_confirm",
                "aura_restore_cancel"))).orElseThrow();
        DataDecisionJob job = (DataDecisionJob) SlackInteractions.decision(click).orElseThrow();
        assertFalse(job.confirm());
        assertEquals("U0CLICKER", job.clickerId());
    }

    @Test
    void ignoresOtherActionsAndOtherPayloads() {
        BlockActionPayload other = SlackInteractions.parse(form(PAYLOAD.replace("aura_delete_confirm", "something_else")))
                .orElseThrow();
        assertTrue(SlackInteractions.decision(other).isEmpty());
        assertTrue(SlackInteractions.parse(form("{\"type\":\"view_submission\"}")).isEmpty());
        assertTrue(SlackInteractions.parse("payload=%7Bnot json").isEmpty());
        assertTrue(SlackInteractions.parse("nothing=here").isEmpty());
    }
}
