package dev.parley.io;

/**
 * A reader of one part of a model file ({@link MoveReader}, {@link PreferenceReader}, {@link
 * PerceptionReader}, {@link RuleReader}): the file's scope (its fields, problems and sources) and
 * the reader of state references it resolves them with.
 */
abstract class PartReader {
  final Scope scope;
  final RefReader refs;

  PartReader(Scope scope, RefReader refs) {
    this.scope = scope;
    this.refs = refs;
  }
}
