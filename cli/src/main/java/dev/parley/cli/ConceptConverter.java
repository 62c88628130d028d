package dev.parley.cli;

import dev.parley.app.BadRequest;
import dev.parley.app.Concepts;
import dev.parley.core.stability.Concept;
import picocli.CommandLine;

/** Parses concept names for options such as {@code --concept seq}. */
final class ConceptConverter implements CommandLine.ITypeConverter<Concept> {
  @Override
  public Concept convert(String value) {
    try {
      return Concepts.standard(value, null);
    } catch (BadRequest e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
