package jp.mynacard.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.sql.SQLException;
import jp.mynacard.api.Callers;
import jp.mynacard.api.CardRequests;
import jp.mynacard.api.Roles;
import jp.mynacard.card.CardActions;
import jp.mynacard.card.CardStatusView;
import jp.mynacard.registry.ResidentLookup;
import jp.mynacard.validity.IndividualNumber;

/**
 * A card on the call center's and the counter's screens: what {@code GET /cards/{id}} answers, and
 * the changes of the card endpoints, through the same checks ({@link CardRequests}) and the same
 * actions ({@link CardActions}), audited under the signed-in user. Only the card id is kept between
 * requests; the card is read afresh for every page ({@link CardsRead}).
 */
@Named
@ViewScoped
public class CardScreen implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CardsRead cards;
  @Inject transient CardActions actions;
  @Inject transient ResidentLookup lookup;
  @Inject transient HttpServletRequest request;
  @Inject ScreenMessages messages;

  private String cardId;
  private String search;

  // the forms' fields
  private String suspensionReason = "LOST";
  private String channel;
  private String pin = "USER_IDENTIFICATION";
  private boolean identityVerified;
  private String abolitionReason;
  private String individualNumber;

  /** Looks the card up by the id typed. */
  public void find() {
    messages.attempt(
        () -> {
          String id = CardRequests.cardId(search == null ? null : search.strip());
          cards.of(id);
          cardId = id;
        });
  }

  /** Counter only: a resident by Individual Number, which is forgotten once looked up. */
  public void lookUp() {
    String typed = individualNumber;
    individualNumber = null;
    messages.attempt(
        () -> {
          requireRole(Roles.CLERK);
          IndividualNumber number = IndividualNumber.parse(typed);
          var actor = Callers.of(request);
          ResidentLookup.Found found = lookup.find(number, actor.principal(), actor.role());
          if (!found.exists()) {
            messages.warn("lookup.notFound");
            return;
          }
          if (found.cardId() == null) {
            messages.info("lookup.noCard", found.residentId());
            return;
          }
          cardId = found.cardId();
          search = cardId;
          cards.of(cardId);
          messages.info("lookup.found", found.residentId());
        });
  }

  /** A loss report (call center and counter, any hour). */
  public void reportLoss() {
    change(
        () -> {
          CardRequests.Suspension s = new CardRequests.Suspension();
          s.reason = suspensionReason;
          boolean changed =
              actions.suspend(
                  cardId,
                  CardRequests.reason(s),
                  CardRequests.channel(channel == null ? defaultChannel() : channel),
                  CardRequests.reportedAt(null),
                  Callers.of(request));
          messages.info(changed ? "done.suspended" : "done.alreadySuspended");
        });
  }

  /** A PIN locked by wrong tries, as the resident reports it. */
  public void lockPin() {
    change(
        () -> {
          CardRequests.Pin p = new CardRequests.Pin();
          p.pin = pin;
          actions.lockPin(
              cardId,
              CardRequests.pin(p),
              CardRequests.channel(channel == null ? defaultChannel() : channel),
              Callers.of(request));
          messages.info("done.pinLocked");
        });
  }

  /** Counter only, after the holder's identity was checked. */
  public void cancelSuspension() {
    change(
        () -> {
          requireRole(Roles.CLERK);
          if (!identityVerified) {
            messages.warn("cancel.identityFirst");
            return;
          }
          actions.cancelSuspension(cardId, Callers.of(request));
          identityVerified = false;
          messages.info("done.cancelled");
        });
  }

  /** Counter only. */
  public void resetPin() {
    change(
        () -> {
          requireRole(Roles.CLERK);
          CardRequests.Pin p = new CardRequests.Pin();
          p.pin = pin;
          actions.resetPin(cardId, CardRequests.pin(p), Callers.of(request));
          messages.info("done.pinReset");
        });
  }

  /** Counter only; final. */
  public void abolish() {
    change(
        () -> {
          requireRole(Roles.CLERK);
          CardRequests.Abolition a = new CardRequests.Abolition();
          a.reason = abolitionReason;
          actions.abolish(cardId, CardRequests.reason(a), Callers.of(request));
          messages.info("done.abolished");
        });
  }

  private void change(ScreenMessages.Step step) {
    if (cardId == null) {
      messages.warn("card.findFirst");
      return;
    }
    messages.attempt(step);
    cards.forget(); // read afresh, whatever happened
  }

  private String defaultChannel() {
    return request.isUserInRole(Roles.CLERK) ? "COUNTER" : "PHONE";
  }

  private void requireRole(String role) {
    if (!request.isUserInRole(role)) {
      throw new jp.mynacard.api.ApiRefusal(403, "this screen's user may not do this");
    }
  }

  /** The card as it stands now, or null before one is found. */
  public CardStatusView getCard() throws SQLException {
    return cardId == null ? null : cards.of(cardId);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }

  public void setSuspensionReason(String suspensionReason) {
    this.suspensionReason = suspensionReason;
  }

  public String getChannel() {
    return channel == null ? defaultChannel() : channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public boolean isIdentityVerified() {
    return identityVerified;
  }

  public void setIdentityVerified(boolean identityVerified) {
    this.identityVerified = identityVerified;
  }

  public String getAbolitionReason() {
    return abolitionReason;
  }

  public void setAbolitionReason(String abolitionReason) {
    this.abolitionReason = abolitionReason;
  }

  /** Never read back: the field is always empty when a page is drawn. */
  public String getIndividualNumber() {
    return null;
  }

  public void setIndividualNumber(String individualNumber) {
    this.individualNumber = individualNumber;
  }
}
