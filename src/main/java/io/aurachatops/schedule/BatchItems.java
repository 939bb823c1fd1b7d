package io.aurachatops.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.jobs.BatchItem;
import java.util.List;

/** Batch items as JSON text, for the fields of a run's ledger record. */
final class BatchItems {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<BatchItem>> LIST = new TypeReference<>() {
    };

    private BatchItems() {
    }

    static String encode(List<BatchItem> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Batch items could not be written as JSON", e);
        }
    }

    static List<BatchItem> decode(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return JSON.readValue(text, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Batch items in the ledger are not valid JSON", e);
        }
    }
}
