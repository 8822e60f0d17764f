package jp.mynacard.registry;

/** Whether the resident still lives in the municipality; notices go to {@code RESIDENT} only. */
public enum ResidentStatus {
  RESIDENT,
  MOVED_OUT,
  DECEASED
}
