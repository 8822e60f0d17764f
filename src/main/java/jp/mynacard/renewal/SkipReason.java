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
  /** The registry changed since the run began (renewed, re-issued, new expiry). */
  CHANGED
}
