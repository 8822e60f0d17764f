/**
 * What every job shares: the exit-status convention of DESIGN.md §3.5 (0, 4, 8 — never 255) and the
 * job listener that enforces it even when a step fails before its own listener can speak.
 */
package jp.mynacard.batch;
