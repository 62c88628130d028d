/**
 * The workspace: model files in a folder (atomic saves that keep permissions), their history of
 * versions, line diffs between versions, and the path sandbox that keeps every name inside the
 * folder.
 */
package dev.parley.server.workspace;
