package jp.mynacard.returned;

import java.time.LocalDate;

/** A row of a returned-letters list that is well-formed, not yet judged against its letter. */
public record ReturnedRow(long line, String letterId, LocalDate returnedOn, ReturnReason reason) {}
