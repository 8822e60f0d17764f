/**
 * E-mail of the renewal letters to residents who agreed to it: an outbox with one row per letter
 * and address (never a second e-mail, also after a crash), sent through the server's mail session
 * with retries for temporary failures.
 */
package jp.mynacard.mail;
