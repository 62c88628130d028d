package dev.parley.core.model;

/** A document the model rests on. Only {@code id} and {@code title} are required. */
public record Source(
    String id, String title, String publisher, String date, String url, String file) {}
