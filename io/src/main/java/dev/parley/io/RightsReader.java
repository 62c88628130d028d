package dev.parley.io;

import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code rights:} (docs/model-format.md, "Decision rights"; docs/semantics.md §8): an act
 * (one party's option) that needs another party's consent, or that another party can veto. A right
 * is a transformation of the option form, made on the file's tree before the model is read: the
 * consenting party gets an option "consent" (or the existing option named by {@code as}) and the
 * act requires it; the vetoing party gets an option "veto" and the act and the veto exclude each
 * other. The model read from the rewritten tree is an ordinary model, so every concept, the status
 * quo analysis, the deadlocks and the mediator's questions apply to it unchanged.
 */
final class RightsReader {
  static final List<String> KEYS =
      List.of("option", "consent", "veto", "as", "id", "name", "taken", "source", "quote", "note");
  static final List<String> KINDS = List.of("consent", "veto");

  private final Scope scope;
  private final Fields fields;
  private final List<Draft> drafts = new ArrayList<>();

  /** A right as read: its kind, the act's option id, the consent's or veto's option id. */
  private record Draft(String kind, String act, String by, Node.MapNode node, String label) {}

  RightsReader(Scope scope) {
    this.scope = scope;
    this.fields = scope.fields;
  }

  /** {@code top} with its rights turned into options and rules; {@code top} itself if none. */
  Node.MapNode desugar(Node.MapNode top) {
    drafts.clear();
    if (!top.has("rights")) {
      return top;
    }
    Node.ListNode rights = fields.list(top.get("rights"), "'rights'");
    Node.Entry dmsEntry = top.entries().get("decisionMakers");
    if (rights == null || dmsEntry == null || !(dmsEntry.value() instanceof Node.ListNode dms)) {
      return PhaseReader.without(top, "rights");
    }
    List<Node> parties = new ArrayList<>(dms.items());
    Map<String, Integer> owner = new LinkedHashMap<>();
    Map<String, String> optionName = new LinkedHashMap<>();
    List<String> dmIds = new ArrayList<>();
    for (int d = 0; d < parties.size(); d++) {
      String id = idOf(parties.get(d));
      dmIds.add(id);
      if (parties.get(d) instanceof Node.MapNode m
          && m.get("options") instanceof Node.ListNode os) {
        for (Node o : os.items()) {
          String oid = idOf(o);
          if (oid != null) {
            owner.putIfAbsent(oid, d);
            optionName.putIfAbsent(oid, nameOf(o, oid));
          }
        }
      }
    }
    for (int k = 0; k < rights.items().size(); k++) {
      String label = "right " + (k + 1) + " in 'rights'";
      Node.MapNode m = fields.map(rights.items().get(k), label);
      if (m == null) {
        continue;
      }
      fields.keys(m, KEYS, "in " + label);
      List<String> kinds = PartReader.given(m, KINDS);
      if (kinds.size() != 1) {
        scope.problems.at(
            m,
            kinds.isEmpty()
                ? label + " names no party: give 'consent: PARTY' or 'veto: PARTY'"
                : label + " gives both 'consent' and 'veto'",
            "a right is one party's consent to an act, or its veto over it: write one of them");
        continue;
      }
      String kind = kinds.get(0);
      Node actNode = fields.required(m, "option", "in " + label, "name the act: 'option: ID'");
      String act = actNode == null ? null : fields.name(actNode, "'option' in " + label);
      String holder = fields.name(m.get(kind), "'" + kind + "' in " + label);
      if (act == null || holder == null) {
        continue;
      }
      Integer actOwner = owner.get(act);
      int h = dmIds.indexOf(holder);
      if (actOwner == null) {
        scope.problems.at(
            actNode,
            "unknown option '" + act + "' in " + label,
            Suggestions.hint(act, owner.keySet(), "options"));
        continue;
      }
      if (h < 0) {
        scope.problems.at(
            m.get(kind),
            "unknown decision maker '" + holder + "' in " + label,
            Suggestions.hint(
                holder, dmIds.stream().filter(x -> x != null).toList(), "decision makers"));
        continue;
      }
      if (h == actOwner) {
        scope.problems.at(
            m.get(kind),
            "'" + holder + "' controls '" + act + "' itself, so it needs no right over it",
            "a right gives another party a say: name a party that does not control '" + act + "'");
        continue;
      }
      String by;
      if (m.has("as")) {
        by = fields.name(m.get("as"), "'as' in " + label);
        if (by == null) {
          continue;
        }
        Integer byOwner = owner.get(by);
        if (byOwner == null || byOwner != h) {
          scope.problems.at(
              m.get("as"),
              "'" + by + "' is not an option of '" + holder + "'",
              "name one of the options of '" + holder + "' whose taking gives the " + kind);
          continue;
        }
      } else {
        by =
            m.has("id")
                ? fields.name(m.get("id"), "'id' in " + label)
                : act + (kind.equals("veto") ? "Veto" : "Consent");
        if (by == null) {
          continue;
        }
        if (owner.containsKey(by)) {
          scope.problems.at(
              m.has("id") ? m.get("id") : m,
              "the option '" + by + "' for " + label + " exists already",
              "give the right's option an id of its own with 'id:'");
          continue;
        }
        owner.put(by, h);
        Node.MapNode party = (Node.MapNode) parties.get(h);
        Node.ListNode options = (Node.ListNode) party.get("options");
        List<Node> items = new ArrayList<>(options.items());
        items.add(
            option(m, kind, by, optionName.get(act), options.path() + "[" + items.size() + "]"));
        parties.set(
            h,
            PhaseReader.put(
                party,
                "options",
                new Node.ListNode(options.line(), options.column(), options.path(), items)));
      }
      drafts.add(new Draft(kind, act, by, m, label));
    }
    Map<String, Node.Entry> entries = new LinkedHashMap<>(top.entries());
    entries.remove("rights");
    entries.put(
        "decisionMakers",
        new Node.Entry(
            dmsEntry.key(),
            dmsEntry.line(),
            dmsEntry.column(),
            new Node.ListNode(dms.line(), dms.column(), dms.path(), parties)));
    return new Node.MapNode(top.line(), top.column(), top.path(), entries);
  }

  /**
   * The rules of the rights read by {@link #desugar}, once the options (the generated ones
   * included) are known; a right whose options cannot be resolved is left out after reporting.
   */
  List<Infeasibility> rules() {
    List<Infeasibility> out = new ArrayList<>();
    for (Draft d : drafts) {
      Integer act = scope.optionIndex.get(d.act());
      Integer by = scope.optionIndex.get(d.by());
      if (act == null || by == null) {
        continue; // a duplicate option id, reported where the options are read
      }
      Provenance p = scope.provenance(d.node(), "in " + d.label());
      out.add(
          d.kind().equals("veto")
              ? Infeasibility.veto(act, by, p)
              : Infeasibility.consent(act, by, p));
    }
    return out;
  }

  /** The generated option of a right: "consent to …" or "veto …", with the right's evidence. */
  private static Node option(
      Node.MapNode right, String kind, String id, String actName, String path) {
    Map<String, Node.Entry> e = new LinkedHashMap<>();
    put(e, right, "id", id, path);
    String name =
        right.get("name") instanceof Node.ScalarNode s && s.value() != null
            ? s.asText()
            : (kind.equals("veto") ? "veto “" : "consent to “") + actName + "”";
    put(e, right, "name", name, path);
    if (right.get("taken") instanceof Node.ScalarNode s && s.value() != null) {
      put(e, right, "taken", s.asText(), path);
    }
    for (String k : List.of("source", "quote", "note")) {
      Node v = right.get(k);
      if (v != null) {
        e.put(k, new Node.Entry(k, v.line(), v.column(), PhaseReader.relocate(v, path + "." + k)));
      }
    }
    return new Node.MapNode(right.line(), right.column(), path, e);
  }

  private static void put(
      Map<String, Node.Entry> e, Node.MapNode at, String key, String value, String path) {
    e.put(key, new Node.Entry(key, at.line(), at.column(), scalar(at, value, path + "." + key)));
  }

  private static Node.ScalarNode scalar(Node at, String value, String path) {
    return new Node.ScalarNode(at.line(), at.column(), path, value, value, -1);
  }

  private static String idOf(Node n) {
    return n instanceof Node.MapNode m
            && m.get("id") instanceof Node.ScalarNode s
            && s.value() != null
        ? s.asText()
        : null;
  }

  private static String nameOf(Node n, String fallback) {
    return n instanceof Node.MapNode m
            && m.get("name") instanceof Node.ScalarNode s
            && s.value() != null
        ? s.asText()
        : fallback;
  }
}
