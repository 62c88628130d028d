package dev.parley.core.model;

import dev.parley.core.state.StatePattern;

/** A state the analyst names (e.g. {@code deal}); the pattern must pick exactly one state. */
public record NamedState(String id, String description, StatePattern pattern) {}
