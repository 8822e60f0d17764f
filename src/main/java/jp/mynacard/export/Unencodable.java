package jp.mynacard.export;

/** A letter left out of the export: a column holds a character the export's encoding lacks. */
public record Unencodable(String letterId, String column, String codePoint) {}
