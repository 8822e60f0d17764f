/**
 * A deterministic generator of demo registries in the import layout (DESIGN.md §3.1), for the
 * README's demo, the integration tests and the benchmarks. Every resident is fictional: names come
 * from short lists, addresses from an invented city, Individual Numbers are valid only by their
 * check digit.
 */
package jp.mynacard.demo;
