"""Official records: the Ukrainian Air Force's attack reports, imported into
the ledger and reconciled, report by report, with the figures news gives."""
