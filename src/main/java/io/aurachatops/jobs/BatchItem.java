package io.aurachatops.jobs;

/**
 * One instance of a cost-saving run. {@code outcome} is {@code todo} until it was checked, {@code pending}
 * while its pause or resume settles, then {@code done}, {@code skipped} or {@code failed}, with
 * {@code detail} saying why.
 */
public record BatchItem(String instanceId, String name, String type, String memory, String outcome, String detail) {

    public BatchItem settled(String newOutcome, String newDetail) {
        return new BatchItem(instanceId, name, type, memory, newOutcome, newDetail);
    }
}
