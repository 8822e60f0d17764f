package jp.mynacard.forecast;

import java.time.LocalDate;

/**
 * One ISO week of a forecast.
 *
 * @param card items expiring this week: new cards
 * @param stay cards ending with a period of stay (a validity change)
 * @param userCert user-identification certificates expiring before their card
 * @param signCert signature certificates expiring before their card
 * @param letters letters the renewal runs of this week's nights will send
 * @param visits counter visits those letters bring, each item's with the letter that first tells it
 *     (a later reminder brings none; a reminder after expiry that is an item's first letter brings
 *     its visits, a lapsed STAY card's as a new card's), each letter's as {@link
 *     jp.mynacard.renewal.CounterVisits#ofLetter}
 */
public record ForecastWeek(
    String week,
    LocalDate start,
    LocalDate end,
    long card,
    long stay,
    long userCert,
    long signCert,
    long letters,
    long visits) {}
