/**
 * The routes of the REST API, one class per resource (models, history, analyses, evolution,
 * mediator, reports, GMCR+ imports), the one request-body parser (Bodies), the guard (origin, size,
 * security headers) and Jetty's own refusals as JSON.
 */
package dev.parley.server.api;
