package jp.mynacard.card;

/** Who asks for a change, and in which role, for the audit trail. */
public record Actor(String principal, String role) {}
