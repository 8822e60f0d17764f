/**
 * CDI producers that turn environment configuration (MicroProfile Config, backed by server.xml
 * variables and environment variables) into the domain's objects, so the domain stays free of the
 * container.
 */
package jp.mynacard.config;
