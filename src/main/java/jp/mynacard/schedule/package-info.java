/**
 * The nightly in-server schedule: renewal-notices at a cron time in a zone from configuration
 * (default 02:00 Asia/Tokyo), switched off by {@code mynacard.schedule.enabled=false} where an
 * external scheduler runs the jobs instead.
 */
package jp.mynacard.schedule;
