package dev.parley.cli;

import dev.parley.core.stability.Concept;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Parses concept names for options such as {@code --concept seq}. */
final class ConceptConverter implements CommandLine.ITypeConverter<Concept> {
  @Override
  public Concept convert(String value) {
    Concept c = Concept.parse(value);
    if (c == null) {
      throw new CommandLine.TypeConversionException(
          "unknown concept '"
              + value
              + "'; use one of "
              + Arrays.stream(Concept.values()).map(Concept::id).collect(Collectors.joining(", ")));
    }
    return c;
  }
}
