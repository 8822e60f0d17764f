package jp.mynacard.renewal;

import java.util.List;
import java.util.Map;

/** One resident's due items of a run, with the resident's current state: what a reader returns. */
public record ResidentCandidates(
    ResidentState resident, List<DueItem> due, Map<String, CertificateState> certificates) {}
