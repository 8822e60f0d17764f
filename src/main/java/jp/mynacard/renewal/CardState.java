package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.registry.CardStatus;

/** A resident's current card as the registry holds it now. */
public record CardState(
    String cardId,
    CardStatus status,
    LocalDate applicationReceivedOn,
    LocalDate issuedOn,
    ExpiryDates dates,
    String userCertSerial,
    String signCertSerial) {}
