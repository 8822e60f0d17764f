/**
 * The mailing vendor's export (DESIGN.md §3.3): per run, in {@code exportDir/<asOf>/}, the CSV of
 * letters, {@code manifest.json}, a detached CMS signature of each, and optionally the CSV
 * encrypted to the vendor. Files appear whole (written under a temporary name, then renamed), the
 * manifest last; written again after a restart, they are byte for byte the same.
 */
package jp.mynacard.export;
