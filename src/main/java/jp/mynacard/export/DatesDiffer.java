package jp.mynacard.export;

import java.time.LocalDate;

/**
 * An item of a run's letters whose recorded and computed expiry differ: it was told on the earlier
 * ({@code told}), and a clerk should look at the registry (DESIGN.md §2 "Which date is told").
 */
public record DatesDiffer(
    String letterId, String item, LocalDate recorded, LocalDate computed, LocalDate told) {}
