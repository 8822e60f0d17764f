/**
 * MicroProfile Health checks ({@code /health}, {@code /health/ready}, {@code /health/live}): the
 * database, the batch job repository in it, and whether a mail session is configured.
 */
package jp.mynacard.health;
