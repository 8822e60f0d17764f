package jp.mynacard.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import jp.mynacard.card.CardStatusReader;
import jp.mynacard.card.CardStatusView;

/**
 * The card a page shows, read once a request: the page refers to it many times while it is drawn,
 * and the next request (another clerk may have changed the card meanwhile) reads it again.
 */
@RequestScoped
public class CardsRead {
  @Inject CardStatusReader reader;

  private String cardId;
  private CardStatusView card;

  CardStatusView of(String id) throws SQLException {
    if (card == null || !id.equals(cardId)) {
      card = reader.read(id);
      cardId = id;
    }
    return card;
  }

  /** After a change: the page shows the card as it is now. */
  void forget() {
    card = null;
  }
}
