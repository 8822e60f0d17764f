/**
 * BouncyCastle behind a few one-purpose classes: the export's signing identity, detached CMS
 * signatures ({@code .p7s}, verifiable with {@code openssl cms -verify}) and CMS encryption to the
 * mailing vendor's certificate. Nothing else in the code base touches BouncyCastle.
 */
package jp.mynacard.pki;
