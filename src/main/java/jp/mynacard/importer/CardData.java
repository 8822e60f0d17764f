package jp.mynacard.importer;

import java.time.LocalDate;
import jp.mynacard.registry.CardStatus;

/**
 * The validated card columns of one row, with the expiry the registry will keep ({@code expiresOn}:
 * the recorded date, or the computed one when none was recorded).
 */
public record CardData(
    String cardId,
    LocalDate applicationReceivedOn,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate computedExpiresOn,
    CardStatus status) {}
