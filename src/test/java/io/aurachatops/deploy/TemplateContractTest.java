package io.aurachatops.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateContractTest {

    static String template() throws Exception {
        return Files.readString(Path.of("template.yaml"));
    }

    @Test
    void theTemplateKeepsItsPromises() throws Exception {
        assertEquals(List.of(), TemplateContract.check(CloudFormationYaml.parse(template())));
    }

    @Test
    void aDanglingReferenceIsNamed() throws Exception {
        List<String> problems = TemplateContract.check(CloudFormationYaml.parse(
                template().replace("!GetAtt JobsDeadLetterQueue.Arn", "!GetAtt JobsDeadLetterQueu.Arn")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("refers to 'JobsDeadLetterQueu'")), problems.toString());
    }

    @Test
    void broadOrExtraPermissionsAreNamed() throws Exception {
        String broken = template().replace("Resource: !Sub arn:${AWS::Partition}:secretsmanager:${AWS::Region}:"
                + "${AWS::AccountId}:secret:${SecretPrefix}*", "Resource: \"*\"")
                .replace("[sqs:SendMessage, sqs:GetQueueAttributes]\n                Resource: !GetAtt JobsQueue.Arn\n"
                        + "              - Sid: ReadSettings",
                        "[sqs:SendMessage, sqs:GetQueueAttributes, sqs:PurgeQueue]\n                Resource: !GetAtt JobsQueue.Arn\n"
                        + "              - Sid: ReadSettings");
        List<String> problems = TemplateContract.check(CloudFormationYaml.parse(broken));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("WorkerRole grants") && p.contains("on *")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("extra [sqs:PurgeQueue]")), problems.toString());
    }

    @Test
    void anOverspentBudgetAndAShortVisibilityAreNamed() throws Exception {
        String broken = template().replace("    MinValue: 30\n    MaxValue: 125", "    MinValue: 10\n    MaxValue: 125")
                .replace("VisibilityTimeout: 360", "VisibilityTimeout: 120")
                .replace("AURA_BUDGET_ROLE: worker", "AURA_RATE_LIMIT_PER_MINUTE: \"40\"")
                .replace("maxReceiveCount: 5", "maxReceiveCount: 3");
        List<String> problems = TemplateContract.check(CloudFormationYaml.parse(broken));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("AuraRequestBudget's MinValue (10) minus the scheduled")),
                problems.toString());
        assertTrue(problems.contains("WorkerFunction must set AURA_BUDGET_ROLE to worker"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("WorkerFunction must not set AURA_RATE_LIMIT_PER_MINUTE")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("VisibilityTimeout 120 s is less than six times")),
                problems.toString());
        assertTrue(problems.contains("JobsQueue must redrive to JobsDeadLetterQueue after a maxReceiveCount of at least 5"),
                problems.toString());
    }

    @Test
    void missingSnapStartAliasAndWrongHandlerAreNamed() throws Exception {
        String broken = template().replace("    AutoPublishAlias: live\n", "")
                .replace("Handler: io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest", "Handler: bad.Handler");
        List<String> problems = TemplateContract.check(CloudFormationYaml.parse(broken));
        assertTrue(problems.stream().anyMatch(p -> p.contains("no AutoPublishAlias")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("has handler 'bad.Handler'")), problems.toString());
    }

    @Test
    void aParameterInAFunctionsEnvironmentAFixedScheduleNameAndReservedConcurrencyAreNamed() throws Exception {
        String broken = template().replace("        AURA_SETTINGS_TTL: 1m\n",
                "        AURA_SETTINGS_TTL: 1m\n        AURA_BOT_ADMINS: !Ref BotAdmins\n")
                .replace("            OmitName: true\n", "            Name: aura-tick\n")
                .replace("      Timeout: 60\n      Role: !GetAtt ScheduledRole.Arn",
                        "      Timeout: 60\n      ReservedConcurrentExecutions: 1\n      Role: !GetAtt ScheduledRole.Arn");
        List<String> problems = TemplateContract.check(CloudFormationYaml.parse(broken));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("WorkerFunction takes AURA_BOT_ADMINS from a parameter")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("The tick's schedule must have a generated name")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("ScheduledFunction reserves concurrency")),
                problems.toString());
    }
}
