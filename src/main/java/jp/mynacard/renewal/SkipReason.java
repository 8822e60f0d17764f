package jp.mynacard.renewal;

/** Why a due item gets no notice (DESIGN.md §2: notices skip these). */
public enum SkipReason {
  DECEASED,
  MOVED_OUT,
  /** The card is suspended (a loss report): no letter until the counter cancels it. */
  SUSPENDED,
  ABOLISHED,
  /** The certificate is on hold. */
  HELD,
  REVOKED,
  /** No longer the resident's current card or certificate: renewed or reissued already. */
  RENEWED,
  /** Still current, but its expiry changed since the run chose it (a re-import in between). */
  CHANGED
}
