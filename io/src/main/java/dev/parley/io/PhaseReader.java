package dev.parley.io;

import dev.parley.core.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code timeline:} (docs/model-format.md, "Phases and rounds"): the name of the model as
 * written and the later phases, each a set of changes to the phase before it. A phase becomes a
 * whole model by rewriting the file's tree — its preferences put in place of a decision maker's,
 * its rules added to {@code infeasible}, its reversibility and status quo put in place — and
 * reading that tree as a model: every problem inside a phase is reported at its own line.
 */
final class PhaseReader {
  static final List<String> KEYS = List.of("start", "startDate", "phases");
  static final List<String> PHASE_KEYS =
      List.of(
          "id",
          "name",
          "date",
          "source",
          "quote",
          "note",
          "preferences",
          "infeasible",
          "reversibility",
          "statusQuo");
  static final List<String> CHANGES =
      List.of("preferences", "infeasible", "reversibility", "statusQuo");

  private final Scope scope;
  private final Fields fields;

  PhaseReader(Scope scope) {
    this.scope = scope;
    this.fields = scope.fields;
  }

  /** A phase as read: its description and the tree of the whole model in it. */
  record Draft(
      String id,
      String name,
      String date,
      Provenance provenance,
      Node.MapNode tree,
      List<String> preferencesOf,
      int rulesAdded,
      List<String> reversibility,
      boolean statusQuoMoved) {}

  /** The start's name and date, and the drafts of the later phases of {@code top}'s timeline. */
  record Read(String start, String startDate, List<Draft> phases) {}

  /** Reads a tree as a whole model (a {@link ModelBuilder}), reporting into the same problems. */
  interface Builder {
    LoadedModel build(Node.MapNode tree) throws ModelLoadException;
  }

  /**
   * The timeline of {@code top}, each phase read as a whole model by {@code builder}; null when the
   * file has none.
   */
  Timeline timeline(Node.MapNode top, Builder builder) throws ModelLoadException {
    if (!top.has("timeline")) {
      return null;
    }
    Read read = read(top);
    scope.problems.throwIfAny();
    List<Timeline.Phase> phases = new ArrayList<>();
    for (Draft d : read.phases()) {
      LoadedModel m = builder.build(d.tree());
      phases.add(
          new Timeline.Phase(
              d.id(),
              d.name(),
              d.date(),
              d.provenance(),
              m,
              d.preferencesOf(),
              d.rulesAdded(),
              d.reversibility(),
              d.statusQuoMoved()));
    }
    return new Timeline(read.start(), read.startDate(), phases);
  }

  Read read(Node.MapNode top) {
    Node.MapNode t = fields.map(top.get("timeline"), "'timeline'");
    if (t == null) {
      return null;
    }
    fields.keys(t, KEYS, "in 'timeline'");
    String start = fields.text(t, "start", "in 'timeline'");
    String startDate = fields.text(t, "startDate", "in 'timeline'");
    Node phasesNode =
        fields.required(t, "phases", "in 'timeline'", "list the later phases under 'phases:'");
    Node.ListNode list =
        phasesNode == null
            ? null
            : fields.nonEmptyList(
                phasesNode,
                "'phases' in 'timeline'",
                "give at least one phase, each with an id and its changes");
    List<Draft> out = new ArrayList<>();
    if (list == null) {
      return new Read(start == null ? "as written" : start, startDate, out);
    }
    Map<String, Node> seen = new LinkedHashMap<>();
    Node.MapNode previous = without(top, "timeline");
    for (int k = 0; k < list.items().size(); k++) {
      String label = "phase " + (k + 1) + " of 'timeline'";
      Node.MapNode m = fields.map(list.items().get(k), label);
      if (m == null) {
        continue;
      }
      fields.keys(m, PHASE_KEYS, "in " + label);
      String id = fields.id(m, "id", "in " + label, "phase");
      if (id != null && seen.putIfAbsent(id, m) != null) {
        scope.problems.at(
            m.get("id"), "duplicate phase id '" + id + "'", "give each phase its own id");
      }
      String name = fields.text(m, "name", "in " + label);
      if (PartReader.given(m, CHANGES).isEmpty()) {
        scope.problems.at(
            m,
            label + " changes nothing",
            "give what changes: 'preferences', 'infeasible', 'reversibility' or 'statusQuo'");
      }
      Draft d = phase(previous, m, id, name == null ? id : name, label);
      if (d != null) {
        out.add(d);
        previous = d.tree();
      }
    }
    return new Read(start == null ? "as written" : start, startDate, out);
  }

  private Draft phase(Node.MapNode previous, Node.MapNode m, String id, String name, String label) {
    Map<String, Node.Entry> top = new LinkedHashMap<>(previous.entries());
    List<String> prefsOf = new ArrayList<>();
    List<String> reversibility = new ArrayList<>();
    Node.MapNode prefs =
        m.has("preferences") ? fields.map(m.get("preferences"), "'preferences' in " + label) : null;
    Node.MapNode rev =
        m.has("reversibility")
            ? fields.map(m.get("reversibility"), "'reversibility' in " + label)
            : null;
    if (prefs != null || rev != null) {
      Node.Entry dmsEntry = previous.entries().get("decisionMakers");
      if (dmsEntry != null && dmsEntry.value() instanceof Node.ListNode dms) {
        List<Node> items = new ArrayList<>(dms.items());
        if (prefs != null) {
          for (Node.Entry e : prefs.entries().values()) {
            int at = indexOf(items, e.key());
            if (at < 0) {
              scope.problems.add(
                  e.line(),
                  e.column(),
                  "unknown decision maker '" + e.key() + "' in 'preferences' of " + label,
                  Suggestions.hint(e.key(), ids(items), "decision makers"));
              continue;
            }
            Node.MapNode dm = (Node.MapNode) items.get(at);
            Node given = e.value();
            if (given instanceof Node.MapNode gm && (gm.has("drop") || gm.has("add"))) {
              given = edited(dm.get("preferences"), gm, e.key(), label);
              if (given == null) {
                continue;
              }
            }
            items.set(at, put(dm, "preferences", relocate(given, dm.path() + ".preferences")));
            prefsOf.add(e.key());
          }
        }
        if (rev != null) {
          for (Node.Entry e : rev.entries().values()) {
            if (!setReversibility(items, e)) {
              scope.problems.add(
                  e.line(),
                  e.column(),
                  "unknown option '" + e.key() + "' in 'reversibility' of " + label,
                  Suggestions.hint(e.key(), scope.optionIds, "options"));
              continue;
            }
            String value = e.value() instanceof Node.ScalarNode s ? s.asText() : "?";
            reversibility.add(e.key() + "=" + value);
          }
        }
        top.put(
            "decisionMakers",
            new Node.Entry(
                dmsEntry.key(),
                dmsEntry.line(),
                dmsEntry.column(),
                new Node.ListNode(dms.line(), dms.column(), dms.path(), items)));
      }
    }
    int rulesAdded = 0;
    if (m.has("infeasible")) {
      Node.ListNode added = fields.list(m.get("infeasible"), "'infeasible' in " + label);
      if (added != null) {
        Node.Entry old = previous.entries().get("infeasible");
        List<Node> rules = new ArrayList<>();
        if (old != null && old.value() instanceof Node.ListNode ol) {
          rules.addAll(ol.items());
        }
        for (Node r : added.items()) {
          rules.add(relocate(r, "infeasible[" + rules.size() + "]"));
        }
        rulesAdded = added.items().size();
        Node.Entry key = old != null ? old : m.entries().get("infeasible");
        top.put(
            "infeasible",
            new Node.Entry(
                "infeasible",
                key.line(),
                key.column(),
                new Node.ListNode(added.line(), added.column(), "infeasible", rules)));
      }
    }
    if (m.has("statusQuo")) {
      Node.Entry e = m.entries().get("statusQuo");
      top.put(
          "statusQuo",
          new Node.Entry("statusQuo", e.line(), e.column(), relocate(e.value(), "statusQuo")));
    }
    Node.MapNode tree = new Node.MapNode(previous.line(), previous.column(), previous.path(), top);
    return new Draft(
        id,
        name,
        fields.text(m, "date", "in " + label),
        scope.provenance(m, "in " + label),
        tree,
        prefsOf,
        rulesAdded,
        reversibility,
        m.has("statusQuo"));
  }

  /**
   * A decision maker's statements with {@code edit}'s {@code drop} (statements as written) taken
   * out and its {@code add} put after the rest; null after reporting.
   */
  private Node edited(Node current, Node.MapNode edit, String dm, String label) {
    String where = "the preferences of '" + dm + "' in " + label;
    fields.keys(edit, List.of("drop", "add"), "in " + where);
    Node.ListNode statements =
        current instanceof Node.MapNode cm && cm.get("statements") instanceof Node.ListNode l
            ? l
            : null;
    if (statements == null) {
      scope.problems.at(
          edit,
          "'drop' and 'add' edit statements, and '" + dm + "' has none before " + label,
          "give its preferences in full instead");
      return null;
    }
    List<Node> kept = new ArrayList<>(statements.items());
    List<String> texts = new ArrayList<>();
    for (Node item : kept) {
      texts.add(statementText(item));
    }
    Node.ListNode drop =
        edit.has("drop") ? fields.list(edit.get("drop"), "'drop' in " + where) : null;
    boolean good = true;
    for (Node d : drop == null ? List.<Node>of() : drop.items()) {
      String text = statementText(d);
      int k = text == null ? -1 : texts.indexOf(text);
      if (k < 0) {
        scope.problems.at(
            d,
            "'" + text + "' is not one of the statements of '" + dm + "' before " + label,
            Suggestions.hint(text == null ? "" : text, texts, "statements"));
        good = false;
        continue;
      }
      kept.remove(k);
      texts.remove(k);
    }
    Node.ListNode add = edit.has("add") ? fields.list(edit.get("add"), "'add' in " + where) : null;
    for (Node a : add == null ? List.<Node>of() : add.items()) {
      kept.add(relocate(a, statements.path() + "[" + kept.size() + "]"));
    }
    Node.MapNode cm = (Node.MapNode) current;
    return good
        ? put(
            cm,
            "statements",
            new Node.ListNode(
                statements.line(),
                statements.column(),
                statements.path(),
                renumber(kept, statements.path())))
        : null;
  }

  /** The items moved to {@code path[0]}, {@code path[1]}, ... in order. */
  private static List<Node> renumber(List<Node> items, String path) {
    List<Node> out = new ArrayList<>();
    for (Node n : items) {
      out.add(relocate(n, path + "[" + out.size() + "]"));
    }
    return out;
  }

  /** A statement as written: the scalar, or the mapping's {@code statement}. */
  private static String statementText(Node n) {
    if (n instanceof Node.MapNode m) {
      n = m.get("statement");
    }
    return n instanceof Node.ScalarNode s && s.value() != null ? s.asText().strip() : null;
  }

  /** Puts {@code e}'s value as the reversibility of the option it names; false if none has it. */
  private boolean setReversibility(List<Node> dms, Node.Entry e) {
    for (int d = 0; d < dms.size(); d++) {
      if (dms.get(d) instanceof Node.MapNode dm
          && dm.get("options") instanceof Node.ListNode opts) {
        int at = indexOf(opts.items(), e.key());
        if (at >= 0) {
          List<Node> items = new ArrayList<>(opts.items());
          Node.MapNode o = (Node.MapNode) items.get(at);
          items.set(at, put(o, "reversibility", relocate(e.value(), o.path() + ".reversibility")));
          dms.set(
              d,
              put(
                  dm,
                  "options",
                  new Node.ListNode(opts.line(), opts.column(), opts.path(), items)));
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(List<Node> items, String id) {
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k) instanceof Node.MapNode m
          && m.get("id") instanceof Node.ScalarNode s
          && id.equals(s.asText())) {
        return k;
      }
    }
    return -1;
  }

  private static List<String> ids(List<Node> items) {
    List<String> out = new ArrayList<>();
    for (Node n : items) {
      if (n instanceof Node.MapNode m && m.get("id") instanceof Node.ScalarNode s) {
        out.add(s.asText());
      }
    }
    return out;
  }

  /** {@code m} with {@code key} set to {@code value} (where it was, or last). */
  static Node.MapNode put(Node.MapNode m, String key, Node value) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>(m.entries());
    Node.Entry old = entries.get(key);
    entries.put(
        key,
        new Node.Entry(
            key,
            old == null ? value.line() : old.line(),
            old == null ? value.column() : old.column(),
            value));
    return new Node.MapNode(m.line(), m.column(), m.path(), entries);
  }

  static Node.MapNode without(Node.MapNode m, String key) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>(m.entries());
    entries.remove(key);
    return new Node.MapNode(m.line(), m.column(), m.path(), entries);
  }

  /** {@code n} and everything under it, its model paths moved under {@code path}. */
  static Node relocate(Node n, String path) {
    return relocate(n, n.path(), path);
  }

  private static Node relocate(Node n, String from, String to) {
    String p = n.path().startsWith(from) ? to + n.path().substring(from.length()) : n.path();
    if (n instanceof Node.MapNode m) {
      Map<String, Node.Entry> entries = new LinkedHashMap<>();
      for (Node.Entry e : m.entries().values()) {
        entries.put(
            e.key(), new Node.Entry(e.key(), e.line(), e.column(), relocate(e.value(), from, to)));
      }
      return new Node.MapNode(m.line(), m.column(), p, entries);
    }
    if (n instanceof Node.ListNode l) {
      List<Node> items = new ArrayList<>();
      for (Node item : l.items()) {
        items.add(relocate(item, from, to));
      }
      return new Node.ListNode(l.line(), l.column(), p, items);
    }
    Node.ScalarNode s = (Node.ScalarNode) n;
    return new Node.ScalarNode(s.line(), s.column(), p, s.value(), s.text(), s.offset());
  }
}
