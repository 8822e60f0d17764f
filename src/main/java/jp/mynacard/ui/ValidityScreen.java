package jp.mynacard.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mynacard.api.ValidityPreview;
import jp.mynacard.api.ValidityPreviewRequest;
import jp.mynacard.api.ValidityPreviewResponse;
import jp.mynacard.validity.ValidityRules;

/** The counter's validity preview: the form of {@code POST /validity/preview}, same rules. */
@Named
@ViewScoped
public class ValidityScreen implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ValidityRules rules;
  @Inject ScreenMessages messages;

  private final ValidityPreviewRequest form = new ValidityPreviewRequest();
  private transient ValidityPreviewResponse answer;

  public void preview() {
    answer = null;
    messages.attempt(() -> answer = new ValidityPreview(rules).compute(form));
  }

  /** The form's fields, bound directly: the request body of the API. */
  public ValidityPreviewRequest getForm() {
    return form;
  }

  public ValidityPreviewResponse getAnswer() {
    return answer;
  }
}
