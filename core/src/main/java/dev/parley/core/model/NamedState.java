package dev.parley.core.model;

/** A state the analyst names (e.g. {@code deal}); the pattern must pick exactly one state. */
public record NamedState(String id, String description, StatePattern pattern) {}
