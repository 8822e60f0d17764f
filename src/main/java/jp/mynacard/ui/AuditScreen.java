package jp.mynacard.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mynacard.api.AuditResource;

/**
 * The auditor's search and chain check: the resource's own methods, so the filters, their checks
 * and the answers are exactly those of {@code GET /audit} and {@code GET /audit/verify}.
 */
@Named
@ViewScoped
public class AuditScreen implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditResource audit;
  @Inject ScreenMessages messages;

  private String cardId;
  private String residentId;
  private String from;
  private String to;
  private String limit = "100";
  private transient AuditResource.Page page;
  private transient AuditResource.Verification verification;

  public void search() {
    page = null;
    messages.attempt(() -> page = audit.find(cardId, residentId, from, to, limit));
  }

  public void verify() {
    verification = null;
    messages.attempt(() -> verification = audit.verify());
  }

  public AuditResource.Page getPage() {
    return page;
  }

  public AuditResource.Verification getVerification() {
    return verification;
  }

  public String getCardId() {
    return cardId;
  }

  public void setCardId(String cardId) {
    this.cardId = cardId;
  }

  public String getResidentId() {
    return residentId;
  }

  public void setResidentId(String residentId) {
    this.residentId = residentId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getLimit() {
    return limit;
  }

  public void setLimit(String limit) {
    this.limit = limit;
  }
}
