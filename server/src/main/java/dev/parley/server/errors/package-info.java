/**
 * ApiError: an HTTP status with a message the workbench shows; every route's failures become one.
 */
package dev.parley.server.errors;
