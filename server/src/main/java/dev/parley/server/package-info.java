/**
 * The workbench: Workbench starts the HTTP server (Javalin) over a workspace folder and serves the
 * browser UI and the REST API (docs/workbench.md).
 */
package dev.parley.server;
