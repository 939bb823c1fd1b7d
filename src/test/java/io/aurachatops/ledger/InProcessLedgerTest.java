package io.aurachatops.ledger;

class InProcessLedgerTest extends LedgerContract {

    private final InProcessLedger ledger = new InProcessLedger(time);

    @Override
    protected Ledger ledger() {
        return ledger;
    }
}
