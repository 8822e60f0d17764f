/**
 * What a notice says and how: dates in the forms residents read (Japanese era dates), and the
 * content of letters in the resident's language.
 */
package jp.mynacard.notice;
