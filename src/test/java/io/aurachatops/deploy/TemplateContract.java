package io.aurachatops.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What template.yaml must promise, checked offline (the SAM CLI cannot run here). Every problem is a
 * sentence naming the resource and what is wrong.
 */
final class TemplateContract {

    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    static final Set<String> PSEUDO = Set.of("AWS::Region", "AWS::AccountId", "AWS::Partition", "AWS::URLSuffix",
            "AWS::NoValue", "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs");
    static final Map<String, Set<String>> ACTIONS = Map.of(
            "IngressFunction", Set.of("sqs:SendMessage", "sqs:GetQueueAttributes", "secretsmanager:GetSecretValue",
                    "secretsmanager:DescribeSecret", "ssm:GetParameter"),
            "WorkerFunction", Set.of("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                    "secretsmanager:CreateSecret", "secretsmanager:DescribeSecret", "secretsmanager:TagResource",
                    "secretsmanager:DeleteSecret", "secretsmanager:GetSecretValue", "dynamodb:GetItem",
                    "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query", "ssm:GetParameter"),
            "ScheduledFunction", Set.of("sqs:SendMessage", "sqs:GetQueueAttributes", "secretsmanager:GetSecretValue",
                    "secretsmanager:DescribeSecret", "dynamodb:PutItem", "dynamodb:Query", "ssm:GetParameter"));
    /** The scheduled function's fixed share of the account budget (BudgetPartition.SCHEDULED_SHARE). */
    static final int SCHEDULED_SHARE = 6;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private final Map<String, Object> template;
    private final List<String> problems = new ArrayList<>();

    private TemplateContract(Map<String, Object> template) {
        this.template = template;
    }

    static List<String> check(Map<String, Object> template) {
        TemplateContract contract = new TemplateContract(template);
        contract.references();
        contract.functions();
        contract.queues();
        contract.roles();
        contract.budget();
        contract.outputs();
        contract.ledger();
        return contract.problems;
    }

    // --- ledger -----------------------------------------------------------------------------------

    /** The lease sweep queries the sparse index that DynamoDbLedger writes ({@code grp}, index {@code by-group}). */
    private void ledger() {
        Map<?, ?> table = map(map(resources().get("LedgerTable")).get("Properties"));
        boolean indexed = list(table.get("GlobalSecondaryIndexes")).stream().map(i -> map(i))
                .anyMatch(i -> "by-group".equals(i.get("IndexName"))
                        && String.valueOf(i.get("KeySchema")).contains("AttributeName=grp"));
        if (!indexed) {
            problems.add("LedgerTable needs the global index by-group keyed on grp (the lease sweep queries it)");
        }
    }

    // --- references -----------------------------------------------------------------------------

    private void references() {
        Set<String> known = new HashSet<>(PSEUDO);
        known.addAll(map(template.get("Parameters")).keySet());
        known.addAll(resources().keySet());
        known.add("ServerlessHttpApi");
        resources().forEach((name, resource) -> {
            if ("AWS::Serverless::Function".equals(map(resource).get("Type"))) {
                known.add(name + "Alias");
                known.add(name + "Version");
            }
        });
        walk(template, "", known);
    }

    private void walk(Object node, String where, Set<String> known) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                String here = where.isEmpty() ? key : where + "." + key;
                switch (key) {
                    case "Ref" -> expect(known, String.valueOf(e.getValue()), here);
                    case "Fn::GetAtt" -> expect(known, String.valueOf(list(e.getValue()).get(0)), here);
                    case "Fn::Sub" -> sub(e.getValue(), here, known);
                    default -> walk(e.getValue(), here, known);
                }
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(l.get(i), where + "[" + i + "]", known);
            }
        }
    }

    private void sub(Object value, String where, Set<String> known) {
        Set<String> scope = new HashSet<>(known);
        String text;
        if (value instanceof List<?> form) {
            text = String.valueOf(form.get(0));
            scope.addAll(map(form.get(1)).keySet());
            walk(form.get(1), where, known);
        } else {
            text = String.valueOf(value);
        }
        Matcher m = SUB_VARIABLE.matcher(text);
        while (m.find()) {
            String variable = m.group(1);
            String base = variable.contains("::") ? variable : variable.split("\\.")[0];
            expect(scope, base, where);
        }
    }

    private void expect(Set<String> known, String name, String where) {
        if (!known.contains(name)) {
            problems.add(where + " refers to '" + name + "', which is neither a parameter, a resource nor a pseudo-parameter");
        }
    }

    // --- functions ------------------------------------------------------------------------------

    private void functions() {
        Map<String, Object> globals = map(map(template.get("Globals")).get("Function"));
        for (String name : ACTIONS.keySet()) {
            Map<String, Object> properties = properties(name);
            if (properties.isEmpty()) {
                problems.add("Function " + name + " is missing");
                continue;
            }
            String handler = String.valueOf(first(properties.get("Handler"), globals.get("Handler")));
            if (!HANDLER.equals(handler)) {
                problems.add(name + " has handler '" + handler + "', expected " + HANDLER);
            }
            if (!"target/function.zip".equals(first(properties.get("CodeUri"), globals.get("CodeUri")))) {
                problems.add(name + " does not deploy target/function.zip");
            }
            Object runtime = first(properties.get("Runtime"), globals.get("Runtime"));
            if (!"java21".equals(runtime) && !"java17".equals(runtime)) {
                problems.add(name + " runs on " + runtime + ", expected java21 or java17");
            }
            Map<String, Object> snapStart = map(first(properties.get("SnapStart"), globals.get("SnapStart")));
            if (!"PublishedVersions".equals(snapStart.get("ApplyOn"))) {
                problems.add(name + " has no SnapStart ApplyOn: PublishedVersions");
            }
            if (first(properties.get("AutoPublishAlias"), globals.get("AutoPublishAlias")) == null) {
                problems.add(name + " has SnapStart but no AutoPublishAlias, so no published version would get it");
            }
            Map<String, Object> env = new java.util.HashMap<>(map(map(globals.get("Environment")).get("Variables")));
            env.putAll(map(map(properties.get("Environment")).get("Variables")));
            if (!"lambda".equals(env.get("QUARKUS_PROFILE"))) {
                problems.add(name + " does not set QUARKUS_PROFILE=lambda");
            }
            env.forEach((variable, value) -> {
                if (mentionsParameter(value)) {
                    problems.add(name + " takes " + variable + " from a parameter: SAM publishes no version when only a "
                            + "parameter changes, so it belongs in SettingsParameter");
                }
            });
            if (!Objects.equals(map(env.get("AURA_SETTINGS_PARAMETER")).get("Ref"), "SettingsParameter")) {
                problems.add(name + " must read its run-time settings from SettingsParameter (AURA_SETTINGS_PARAMETER)");
            }
            if (properties.containsKey("ReservedConcurrentExecutions")) {
                problems.add(name + " reserves concurrency, which fails to deploy on accounts with a small quota");
            }
            Object logGroup = map(map(properties.get("LoggingConfig")).get("LogGroup")).get("Ref");
            if (logGroup == null || properties(String.valueOf(logGroup)).get("RetentionInDays") == null) {
                problems.add(name + " must log to a log group of the template with RetentionInDays");
            }
        }
        Map<String, Object> ingress = events("IngressFunction");
        Set<String> routes = new TreeSet<>();
        ingress.values().forEach(e -> {
            Map<String, Object> event = map(e);
            if ("HttpApi".equals(event.get("Type"))) {
                routes.add(map(event.get("Properties")).get("Method") + " " + map(event.get("Properties")).get("Path"));
            }
        });
        if (!routes.equals(new TreeSet<>(List.of("POST /slack/commands", "POST /slack/interactions",
                "POST /slack/events")))) {
            problems.add("IngressFunction routes are " + routes + ", expected POST /slack/commands, "
                    + "POST /slack/interactions and POST /slack/events");
        }
        Map<String, Object> sqs = eventOfType("WorkerFunction", "SQS");
        if (!Objects.equals(map(sqs.get("Queue")).get("Fn::GetAtt"), List.of("JobsQueue", "Arn"))) {
            problems.add("WorkerFunction does not read from JobsQueue");
        }
        if (!list(sqs.get("FunctionResponseTypes")).contains("ReportBatchItemFailures")) {
            problems.add("WorkerFunction's SQS event lacks FunctionResponseTypes: [ReportBatchItemFailures]");
        }
        if (map(sqs.get("ScalingConfig")).get("MaximumConcurrency") == null) {
            problems.add("WorkerFunction's SQS event lacks ScalingConfig.MaximumConcurrency");
        }
        Map<String, Object> tick = eventOfType("ScheduledFunction", "ScheduleV2");
        if (!"rate(5 minutes)".equals(tick.get("ScheduleExpression")) || !"{\"job\":\"tick\"}".equals(tick.get("Input"))) {
            problems.add("ScheduledFunction needs a ScheduleV2 every 5 minutes with input {\"job\":\"tick\"}");
        }
        if (!Boolean.TRUE.equals(tick.get("OmitName")) || tick.containsKey("Name")) {
            problems.add("The tick's schedule must have a generated name (OmitName: true), or two stacks collide");
        }
    }

    // --- queues ---------------------------------------------------------------------------------

    private void queues() {
        Map<String, Object> jobs = properties("JobsQueue");
        Map<String, Object> dlq = properties("JobsDeadLetterQueue");
        for (String name : List.of("JobsQueue", "JobsDeadLetterQueue")) {
            if (!Boolean.TRUE.equals(properties(name).get("SqsManagedSseEnabled"))) {
                problems.add(name + " is not encrypted (SqsManagedSseEnabled: true)");
            }
        }
        Map<String, Object> redrive = map(jobs.get("RedrivePolicy"));
        Integer receives = number(redrive.get("maxReceiveCount"));
        if (!Objects.equals(map(redrive.get("deadLetterTargetArn")).get("Fn::GetAtt"), List.of("JobsDeadLetterQueue", "Arn"))
                || receives < 5) {
            problems.add("JobsQueue must redrive to JobsDeadLetterQueue after a maxReceiveCount of at least 5");
        }
        Object told = map(map(map(map(template.get("Globals")).get("Function")).get("Environment")).get("Variables"))
                .get("AURA_JOBS_MAX_RECEIVES");
        if (!String.valueOf(receives).equals(String.valueOf(told))) {
            problems.add("AURA_JOBS_MAX_RECEIVES (" + told + ") must equal the queue's maxReceiveCount (" + receives + ")");
        }
        int timeout = number(properties("WorkerFunction").get("Timeout"));
        int visibility = number(jobs.get("VisibilityTimeout"));
        if (visibility < 6 * timeout) {
            problems.add("JobsQueue VisibilityTimeout " + visibility + " s is less than six times the worker's timeout ("
                    + timeout + " s)");
        }
        Map<String, Object> alarm = properties("DeadLetterAlarm");
        boolean watchesDlq = list(alarm.get("Dimensions")).stream().map(TemplateContract::map)
                .anyMatch(d -> Objects.equals(map(d.get("Value")).get("Fn::GetAtt"), List.of("JobsDeadLetterQueue", "QueueName")));
        if (!watchesDlq || !"GreaterThanThreshold".equals(alarm.get("ComparisonOperator"))
                || !Objects.equals(number(alarm.get("Threshold")), 0)) {
            problems.add("DeadLetterAlarm must fire when JobsDeadLetterQueue holds more than 0 messages");
        }
        if (!String.valueOf(alarm.get("AlarmActions")).contains("AlarmTopicArn")) {
            problems.add("DeadLetterAlarm does not notify the AlarmTopicArn parameter");
        }
        if (dlq.isEmpty()) {
            problems.add("JobsDeadLetterQueue is missing");
        }
    }

    // --- IAM ------------------------------------------------------------------------------------

    private void roles() {
        ACTIONS.forEach((function, expected) -> {
            Object role = map(properties(function).get("Role")).get("Fn::GetAtt");
            if (role == null) {
                problems.add(function + " has no explicit Role, so SAM would attach broad default policies");
                return;
            }
            String roleName = String.valueOf(list(role).get(0));
            Set<String> actions = new TreeSet<>();
            for (Object policy : list(properties(roleName).get("Policies"))) {
                for (Object s : list(map(map(policy).get("PolicyDocument")).get("Statement"))) {
                    Map<String, Object> statement = map(s);
                    List<String> statementActions = strings(statement.get("Action"));
                    actions.addAll(statementActions);
                    String resource = String.valueOf(statement.get("Resource"));
                    if (statementActions.stream().anyMatch(a -> a.startsWith("secretsmanager:"))) {
                        if (resource.equals("*") || !(resource.contains("secret:${SecretPrefix}*")
                                || resource.contains("secret:${BotSecretName}-??????"))) {
                            problems.add(roleName + " grants " + statementActions + " on " + resource
                                    + "; Secrets Manager actions must name the prefix or the bot secret");
                        }
                        boolean onBotSecret = resource.contains("${BotSecretName}");
                        if (statementActions.contains("secretsmanager:GetSecretValue") && !onBotSecret) {
                            problems.add(roleName + " may read secret values other than the bot's own");
                        }
                    }
                    if (resource.equals("*")) {
                        problems.add(roleName + " grants " + statementActions + " on every resource (*)");
                    }
                }
            }
            if (!actions.equals(new TreeSet<>(expected))) {
                Set<String> extra = new TreeSet<>(actions);
                extra.removeAll(expected);
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(actions);
                problems.add(roleName + " actions differ from what " + function + " needs: extra " + extra + ", missing "
                        + missing);
            }
        });
    }

    // --- budget ---------------------------------------------------------------------------------

    /**
     * The per-process limits are derived in code from one account budget, so the template must hand every
     * function that budget, the worker concurrency and its role, and the worst case must fit Aura's 125/min.
     */
    private void budget() {
        Map<String, Object> parameters = map(template.get("Parameters"));
        Map<String, Object> budget = map(parameters.get("AuraRequestBudget"));
        Map<String, Object> concurrency = map(parameters.get("WorkerConcurrency"));
        if (number(budget.get("MaxValue")) < 1 || number(budget.get("MaxValue")) > 125) {
            problems.add("AuraRequestBudget must have a MaxValue of at most Aura's 125 requests/min");
        }
        Integer minBudget = number(budget.get("MinValue"));
        Integer maxWorkers = number(concurrency.get("MaxValue"));
        if (minBudget - SCHEDULED_SHARE < maxWorkers) {
            problems.add("AuraRequestBudget's MinValue (" + minBudget + ") minus the scheduled share of "
                    + SCHEDULED_SHARE + " must leave every one of WorkerConcurrency's MaxValue (" + maxWorkers
                    + ") workers at least one request per minute");
        }
        String settings = String.valueOf(properties("SettingsParameter").get("Value"));
        if (!settings.contains("\"AURA_ACCOUNT_RATE_LIMIT\": \"${AuraRequestBudget}\"")
                || !settings.contains("\"AURA_WORKER_CONCURRENCY\": \"${WorkerConcurrency}\"")) {
            problems.add("SettingsParameter must give every function AURA_ACCOUNT_RATE_LIMIT from AuraRequestBudget and "
                    + "AURA_WORKER_CONCURRENCY from WorkerConcurrency");
        }
        expectRole("IngressFunction", "ingress");
        expectRole("WorkerFunction", "worker");
        expectRole("ScheduledFunction", "scheduled");
        if (!Objects.equals(map(map(eventOfType("WorkerFunction", "SQS").get("ScalingConfig")).get("MaximumConcurrency"))
                .get("Ref"), "WorkerConcurrency")) {
            problems.add("WorkerFunction's MaximumConcurrency must be the WorkerConcurrency parameter");
        }
    }

    private void expectRole(String function, String role) {
        Map<String, Object> env = map(map(properties(function).get("Environment")).get("Variables"));
        if (!Objects.equals(env.get("AURA_BUDGET_ROLE"), role)) {
            problems.add(function + " must set AURA_BUDGET_ROLE to " + role);
        }
        if (env.containsKey("AURA_RATE_LIMIT_PER_MINUTE")) {
            problems.add(function + " must not set AURA_RATE_LIMIT_PER_MINUTE: its limit is derived from AuraRequestBudget");
        }
    }


    private void outputs() {
        Map<String, Object> outputs = map(template.get("Outputs"));
        for (String[] expected : new String[][] {{"SlackCommandsUrl", "/slack/commands"},
                {"SlackInteractionsUrl", "/slack/interactions"}, {"SlackEventsUrl", "/slack/events"}}) {
            if (!String.valueOf(map(outputs.get(expected[0])).get("Value")).contains(expected[1])) {
                problems.add("Output " + expected[0] + " must give the URL ending in " + expected[1]);
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private Map<String, Object> resources() {
        return map(template.get("Resources"));
    }

    private Map<String, Object> properties(String resource) {
        return map(map(resources().get(resource)).get("Properties"));
    }

    private Map<String, Object> events(String function) {
        return map(properties(function).get("Events"));
    }

    private Map<String, Object> eventOfType(String function, String type) {
        return events(function).values().stream().map(TemplateContract::map).filter(e -> type.equals(e.get("Type")))
                .map(e -> map(e.get("Properties"))).findFirst().orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : value == null ? List.of() : List.of(value);
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    private static Object first(Object a, Object b) {
        return a != null ? a : b;
    }

    /** Whether a value is, or substitutes, a template parameter. */
    private boolean mentionsParameter(Object value) {
        Set<String> parameters = map(template.get("Parameters")).keySet();
        Map<String, Object> node = map(value);
        if (node.get("Ref") != null) {
            return parameters.contains(String.valueOf(node.get("Ref")));
        }
        Object sub = node.get("Fn::Sub");
        return sub != null && parameters.stream().anyMatch(p -> String.valueOf(sub).contains("${" + p + "}"));
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : value == null ? -1 : Integer.parseInt(String.valueOf(value));
    }
}
