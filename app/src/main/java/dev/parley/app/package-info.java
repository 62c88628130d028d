/**
 * The application layer: each use case once (analyse, explain, evolve, deadlocks, coalitions,
 * inverse, goals, robustness, sweep, report, convert, check), with its request and result types,
 * its limits and budgets, and the memory guard. The command line and the REST API only parse, call
 * and render; a request a user can fix fails with BadRequest, a model too large for the heap with
 * TooLarge, before anything is built.
 */
package dev.parley.app;
