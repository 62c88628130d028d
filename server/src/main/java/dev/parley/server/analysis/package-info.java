/**
 * The REST API's adapters to the application layer: requests read from JSON bodies, answers shaped
 * as JSON trees for the browser, and the background jobs that run long analyses with progress and
 * cancellation.
 */
package dev.parley.server.analysis;
