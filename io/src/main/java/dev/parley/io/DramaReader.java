package dev.parley.io;

import dev.parley.core.drama.CardTable;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.Position;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the top-level {@code drama:} (docs/model-format.md, docs/semantics.md §5.2): the threatened
 * future, each party's position and the doubts. Positions may leave options open ("don't care");
 * the threatened future must name exactly one feasible state.
 */
final class DramaReader {
  static final List<String> KEYS = List.of("threatened", "positions", "doubts");
  static final List<String> FUTURE_KEYS = List.of("future", "source", "quote", "note");
  static final List<String> POSITION_KEYS = List.of("party", "future", "source", "quote", "note");
  static final List<String> DOUBT_KEYS =
      List.of("party", "doubts", "about", "source", "quote", "note");
  static final List<String> ABOUT = List.of("threat", "agreement");

  /** A card table waiting for the state space. */
  @FunctionalInterface
  interface Draft {
    /** The card table with every reference resolved, or null after reporting. */
    CardTable resolve(StateSpace space);
  }

  private record FutureDraft(RefReader.Ref ref, Provenance provenance, int holder, Node node) {}

  private final Scope scope;
  private final RefReader refs;

  DramaReader(Scope scope, RefReader refs) {
    this.scope = scope;
    this.refs = refs;
  }

  /** The card table under {@code n}; {@code dmIds} in model order. Null after reporting. */
  Draft read(Node n, List<String> dmIds) {
    Node.MapNode m = scope.fields.map(n, "'drama'");
    if (m == null) {
      return null;
    }
    scope.fields.keys(m, KEYS, "in 'drama'");
    boolean ok = true;
    FutureDraft threatened = null;
    Node tn =
        scope.fields.required(
            m,
            "threatened",
            "in 'drama'",
            "add 'threatened: {future: ...}', what happens if no agreement is reached");
    if (tn != null) {
      threatened = future(tn, "the threatened future", FUTURE_KEYS, -1);
      ok &= threatened != null;
    } else {
      ok = false;
    }
    List<FutureDraft> positions = new ArrayList<>();
    ok &= items(m, "positions", positions, item -> position(item, dmIds, positions));
    List<Doubt> doubts = new ArrayList<>();
    ok &= items(m, "doubts", doubts, item -> doubt(item, dmIds, doubts));
    if (!ok) {
      return null;
    }
    FutureDraft t = threatened;
    return space -> {
      StatePattern tp = refs.resolve(t.ref(), space);
      boolean good = tp != null && refs.single(tp, space, t.node(), "the threatened future") >= 0;
      List<Position> ps = new ArrayList<>();
      for (FutureDraft p : positions) {
        StatePattern pp = refs.resolve(p.ref(), space);
        if (pp != null && space.matching(pp).length == 0) {
          scope.problems.at(
              p.node(),
              "the position of '"
                  + dmIds.get(p.holder())
                  + "' ("
                  + pp.toYnd(space.optionCount())
                  + ") matches no feasible state",
              "check its option values against the infeasibility rules");
          pp = null;
        }
        good &= pp != null;
        if (pp != null) {
          ps.add(new Position(p.holder(), pp, p.provenance()));
        }
      }
      return good ? new CardTable(ps, tp, t.provenance(), doubts) : null;
    };
  }

  /**
   * Reads each item of the list under {@code key} (if present) into {@code out} (null for an item
   * reported as wrong); false when the list or an item is wrong.
   */
  private <T> boolean items(
      Node.MapNode m, String key, List<T> out, java.util.function.Function<Node, T> read) {
    if (!m.has(key)) {
      return true;
    }
    Node.ListNode l = scope.fields.list(m.get(key), "'" + key + "' in 'drama'");
    if (l == null) {
      return false;
    }
    boolean ok = true;
    for (Node item : l.items()) {
      T t = read.apply(item);
      ok &= t != null;
      out.add(t);
    }
    return ok;
  }

  private FutureDraft future(Node n, String subject, List<String> keys, int holder) {
    Node.MapNode m = scope.fields.map(n, subject);
    if (m == null) {
      return null;
    }
    String where = "in " + subject;
    scope.fields.keys(m, keys, where);
    Node f =
        scope.fields.required(
            m, "future", where, "write the future as a state reference: " + RefReader.FORMS);
    if (f == null) {
      return null;
    }
    RefReader.Ref ref = refs.read(f, "'future' " + where);
    return ref == null ? null : new FutureDraft(ref, scope.provenance(m, where), holder, f);
  }

  private FutureDraft position(Node item, List<String> dmIds, List<FutureDraft> earlier) {
    Node.MapNode m = scope.fields.map(item, "a position in 'drama'");
    if (m == null) {
      return null;
    }
    int holder = party(m, "party", dmIds, "a position in 'drama'");
    if (holder < 0) {
      return null;
    }
    String subject = "the position of '" + dmIds.get(holder) + "'";
    for (FutureDraft e : earlier) {
      if (e != null && e.holder() == holder) {
        scope.problems.at(
            m.get("party"),
            "a second position for '" + dmIds.get(holder) + "'",
            "give each party one position: the future it proposes");
        return null;
      }
    }
    return future(m, subject, POSITION_KEYS, holder);
  }

  private Doubt doubt(Node item, List<String> dmIds, List<Doubt> earlier) {
    Node.MapNode m = scope.fields.map(item, "a doubt in 'drama'");
    if (m == null) {
      return null;
    }
    scope.fields.keys(m, DOUBT_KEYS, "in a doubt in 'drama'");
    int who = party(m, "party", dmIds, "a doubt in 'drama'");
    int whom = party(m, "doubts", dmIds, "a doubt in 'drama'");
    Node an =
        scope.fields.required(
            m,
            "about",
            "in a doubt in 'drama'",
            "add 'about: threat' (its stated threat) or 'about: agreement' (its part of a future"
                + " both propose)");
    if (who < 0 || whom < 0 || an == null) {
      return null;
    }
    if (who == whom) {
      scope.problems.at(
          m.get("doubts"),
          "'" + dmIds.get(who) + "' doubts itself",
          "a doubt is one party's disbelief in another's stated intention");
      return null;
    }
    String a = scope.fields.name(an, "'about' in a doubt in 'drama'");
    if (a == null) {
      return null;
    }
    if (!ABOUT.contains(a.toLowerCase(Locale.ROOT))) {
      scope.problems.at(
          an, "unknown 'about: " + a + "' in a doubt in 'drama'", "write 'threat' or 'agreement'");
      return null;
    }
    Doubt.About about = Doubt.About.valueOf(a.toUpperCase(Locale.ROOT));
    for (Doubt d : earlier) {
      if (d != null && d.doubter() == who && d.doubted() == whom && d.about() == about) {
        scope.problems.at(
            m, "the same doubt twice", "keep one entry for each party, other party and 'about'");
        return null;
      }
    }
    return new Doubt(who, whom, about, scope.provenance(m, "in a doubt in 'drama'"));
  }

  private int party(Node.MapNode m, String key, List<String> dmIds, String where) {
    Node n =
        scope.fields.required(
            m, key, "in " + where, "name a decision maker: " + String.join(", ", dmIds));
    if (n == null) {
      return -1;
    }
    String id = scope.fields.name(n, "'" + key + "' in " + where);
    if (id == null) {
      return -1;
    }
    int d = dmIds.indexOf(id);
    if (d < 0) {
      scope.problems.at(
          n,
          "unknown decision maker '" + id + "' in " + where,
          Suggestions.hint(id, dmIds, "decision makers"));
    }
    return d;
  }
}
