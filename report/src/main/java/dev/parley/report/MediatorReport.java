package dev.parley.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.graph.GraphModel;

/**
 * What the mediator's reports share ({@link InverseReport}, {@link RobustnessReport}, {@link
 * GoalsReport}): the model, the most swaps their searches went to, the model file they name, and
 * the words they write with.
 */
abstract class MediatorReport {
  final GraphModel model;
  final int bound;
  final String modelFile;
  MediatorText text;
  private final String key;

  /**
   * {@code key}: the name of the report's object in its JSON ({@code inverse}, {@code goals}, …).
   */
  MediatorReport(GraphModel model, int bound, String modelFile, String key) {
    this.model = model;
    this.bound = bound;
    this.modelFile = modelFile;
    this.key = key;
    this.text = new MediatorText(model);
  }

  /** The report's object in its JSON. */
  public abstract ObjectNode tree();

  /**
   * The JSON result as a tree: the version, the model file and {@link #tree()} under {@link
   * #key()}.
   */
  public ObjectNode jsonTree() {
    ObjectNode root = MediatorJson.root(modelFile);
    root.set(key, tree());
    return root;
  }

  /** The JSON result, as {@code --format json} prints it. */
  public String json() {
    return MediatorJson.write(jsonTree());
  }

  /** {@code doc} rendered in {@code style}, signed below: the version of Parley, the model file. */
  String signed(Doc doc, Doc.Style style, String more) {
    doc.para("Parley " + Parley.VERSION + " · model " + modelFile + more);
    return doc.render(style);
  }

  /** The most swaps the searches went to. */
  public int bound() {
    return bound;
  }
}
