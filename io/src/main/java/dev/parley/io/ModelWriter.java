package dev.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.Option;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.Source;
import dev.parley.core.preference.PreferenceSpec;
import dev.parley.core.state.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Conflict} as a Parley model file that {@link ModelReader} reads back to the same
 * model. Statements are written in the statement language with option ids; states in rankings,
 * payoffs and the status quo by named-state id where one picks exactly the same states, else as
 * Y/N/- strings.
 */
public final class ModelWriter {
  private static final ObjectMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Conflict conflict;
  private final StateSpace space;

  private ModelWriter(Conflict conflict) {
    this.conflict = conflict;
    StateSpace s;
    try {
      s = StateSpace.of(conflict);
    } catch (ModelException e) {
      s = null; // no feasible state: references are written as Y/N/- strings
    }
    this.space = s;
  }

  /** The model file text of {@code conflict}. */
  public static String write(Conflict conflict, Format format) {
    ObjectNode tree = new ModelWriter(conflict).tree();
    try {
      String text = (format == Format.YAML ? YAML : JSON).writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serializes
    }
  }

  /**
   * Writes {@code conflict} to {@code path} atomically (see {@link AtomicFiles}); the format
   * follows the extension.
   */
  public static void writeAtomically(Conflict conflict, Path path) throws IOException {
    AtomicFiles.write(path, write(conflict, Format.of(path)));
  }

  private ObjectNode tree() {
    ObjectNode root = NODES.objectNode();
    root.put("parley", ModelBuilder.VERSION);
    putText(root, "title", conflict.title());
    putText(root, "description", conflict.description());
    if (!conflict.sources().isEmpty()) {
      ArrayNode sources = root.putArray("sources");
      for (Source s : conflict.sources()) {
        ObjectNode o = sources.addObject();
        o.put("id", s.id());
        putText(o, "title", s.title());
        putText(o, "publisher", s.publisher());
        putText(o, "date", s.date());
        putText(o, "url", s.url());
        putText(o, "file", s.file());
      }
    }
    ArrayNode dms = root.putArray("decisionMakers");
    for (int d = 0; d < conflict.dmCount(); d++) {
      dms.add(decisionMaker(conflict.decisionMakers().get(d), d));
    }
    if (!conflict.infeasibilities().isEmpty()) {
      ArrayNode rules = root.putArray("infeasible");
      for (Infeasibility r : conflict.infeasibilities()) {
        rules.add(rule(r));
      }
    }
    if (!conflict.namedStates().isEmpty()) {
      ArrayNode states = root.putArray("states");
      for (NamedState s : conflict.namedStates()) {
        ObjectNode o = states.addObject();
        o.put("id", s.id());
        putText(o, "description", s.description());
        o.set("options", optionValues(s.pattern()));
      }
    }
    if (conflict.statusQuo() != null) {
      root.put("statusQuo", reference(conflict.statusQuo()));
    }
    return root;
  }

  private ObjectNode decisionMaker(DecisionMaker dm, int d) {
    ObjectNode o = NODES.objectNode();
    o.put("id", dm.id());
    if (!dm.name().equals(dm.id())) {
      o.put("name", dm.name());
    }
    putText(o, "description", dm.description());
    putProvenance(o, dm.provenance());
    ArrayNode options = o.putArray("options");
    for (Option opt : dm.options()) {
      ObjectNode x = options.addObject();
      x.put("id", opt.id());
      if (!opt.name().equals(opt.id())) {
        x.put("name", opt.name());
      }
      putText(x, "description", opt.description());
      if (opt.reversibility() != Reversibility.BOTH) {
        x.put("reversibility", opt.reversibility().id());
      }
      putProvenance(x, opt.provenance());
    }
    if (d < conflict.preferences().size()) {
      o.set("preferences", preferences(conflict.preferences().get(d)));
    }
    return o;
  }

  private ObjectNode preferences(PreferenceSpec spec) {
    ObjectNode o = NODES.objectNode();
    if (spec instanceof PreferenceSpec.Prioritization p) {
      ArrayNode list = o.putArray("statements");
      for (PreferenceSpec.Statement s : p.statements()) {
        String text = render(s.formula());
        if (s.provenance().isEmpty()) {
          list.add(text);
        } else {
          ObjectNode x = list.addObject();
          x.put("statement", text);
          putProvenance(x, s.provenance());
        }
      }
    } else if (spec instanceof PreferenceSpec.DirectRanking r) {
      ArrayNode list = o.putArray("ranking");
      for (List<StatePattern> tier : r.tiers()) {
        if (tier.size() == 1) {
          list.add(reference(tier.get(0)));
        } else {
          ArrayNode group = list.addArray();
          tier.forEach(p -> group.add(reference(p)));
        }
      }
    } else if (spec instanceof PreferenceSpec.Payoffs p) {
      ArrayNode list = o.putArray("payoffs");
      for (PreferenceSpec.Payoffs.Entry e : p.entries()) {
        ObjectNode x = list.addObject();
        x.put("state", reference(e.pattern()));
        double v = e.value();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
          x.put("value", (long) v);
        } else {
          x.put("value", v);
        }
      }
    }
    return o;
  }

  private ObjectNode rule(Infeasibility r) {
    ObjectNode o = NODES.objectNode();
    switch (r.kind()) {
      case PATTERN:
        o.set(r.kind().key(), optionValues(patternOf(r)));
        break;
      case FORMULA:
        o.put(r.kind().key(), render(r.infeasibleWhen()));
        break;
      default:
        ArrayNode list = o.putArray(r.kind().key());
        r.options().forEach(t -> list.add(conflict.options().get(t).id()));
        break;
    }
    putProvenance(o, r.provenance());
    return o;
  }

  /**
   * The option values a pattern rule fixes. Its formula is the conjunction of one literal per
   * option: {@code Taken(t)} for a taken option, {@code Not(Taken(t))} for one not taken.
   */
  private static StatePattern patternOf(Infeasibility r) {
    long mask = 0;
    long value = 0;
    for (int t : r.options()) {
      mask |= 1L << t;
      if (positiveLiteral(r.infeasibleWhen(), t)) {
        value |= 1L << t;
      }
    }
    return new StatePattern(mask, value);
  }

  private static boolean positiveLiteral(Formula f, int t) {
    if (f instanceof Formula.Taken k) {
      return k.option() == t;
    }
    if (f instanceof Formula.And a) {
      return a.operands().stream().anyMatch(x -> positiveLiteral(x, t));
    }
    return false;
  }

  private ObjectNode optionValues(StatePattern p) {
    ObjectNode o = NODES.objectNode();
    for (int t = 0; t < conflict.optionCount(); t++) {
      if ((p.mask() >>> t & 1L) != 0) {
        o.put(conflict.options().get(t).id(), (p.value() >>> t & 1L) != 0);
      }
    }
    return o;
  }

  private String reference(StatePattern p) {
    return StateRefs.reference(p, conflict, space);
  }

  private String render(Formula f) {
    return f.render(t -> conflict.options().get(t).id());
  }

  private static void putText(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static void putProvenance(ObjectNode o, Provenance p) {
    putText(o, "source", p.source());
    putText(o, "quote", p.quote());
    putText(o, "note", p.note());
  }
}
