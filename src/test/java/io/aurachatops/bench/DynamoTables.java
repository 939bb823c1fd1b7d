package io.aurachatops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Creates a template's DynamoDB table in a local DynamoDB (moto) over the plain JSON 1.0 protocol, so the
 * harness needs no DynamoDB SDK on the class path. Local endpoints accept any signature-shaped header.
 */
final class DynamoTables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DynamoTables() {
    }

    /** The template's TableName when it is plain text; otherwise a name of our own, as CloudFormation would make one. */
    static String localName(SamTemplate template, String logicalId) {
        Object name = template.properties(logicalId).get("TableName");
        return name instanceof String plain ? plain : "bench-" + logicalId;
    }

    /** Key schema, attributes and indexes as the template has them, on demand, plus its TTL attribute. */
    static void create(String endpoint, String tableName, Map<String, Object> properties)
            throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("TableName", tableName).put("BillingMode", "PAY_PER_REQUEST");
        request.set("KeySchema", JSON.valueToTree(properties.get("KeySchema")));
        request.set("AttributeDefinitions", JSON.valueToTree(properties.get("AttributeDefinitions")));
        for (String indexes : new String[] {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
            if (properties.get(indexes) != null) {
                ArrayNode list = JSON.valueToTree(properties.get(indexes));
                list.forEach(index -> ((ObjectNode) index).remove("ProvisionedThroughput"));
                request.set(indexes, list);
            }
        }
        call(endpoint, "CreateTable", request);
        Map<?, ?> ttl = properties.get("TimeToLiveSpecification") instanceof Map<?, ?> m ? m : null;
        if (ttl != null && Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            ObjectNode update = JSON.createObjectNode().put("TableName", tableName);
            update.putObject("TimeToLiveSpecification").put("AttributeName", String.valueOf(ttl.get("AttributeName")))
                    .put("Enabled", true);
            call(endpoint, "UpdateTimeToLive", update);
        }
    }

    private static JsonNode call(String endpoint, String operation, ObjectNode body) throws IOException, InterruptedException {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", date)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=bench/" + date.substring(0, 8)
                        + "/eu-west-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("DynamoDB " + operation + " of " + body.path("TableName").asText() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
