/**
 * The JAX-RS API under {@code /api/v1} (DESIGN.md §3.4). Resources are thin: they parse and check
 * input, call the domain, and map every client mistake to a 4xx with a JSON {@code message} ({@link
 * jp.mynacard.api.ApiError}); no stack trace and no Individual Number ever reaches a response.
 */
package jp.mynacard.api;
