package dev.parley.io;

import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads listed moves ({@code moves} in graph form, {@code forbidMoves} and {@code addMoves} in
 * option form: {@code {from: s, to: [t, u]}}) and commitment {@code packages}. State numbers can
 * only be resolved once the states are known, so moves are first read into {@link Draft}s. Whether
 * the moves are possible (exactly one state per reference, the mover's own options) is checked by
 * core's {@code ModelMoves}, whose problems the {@link SourceMap} places in the file.
 */
final class MoveReader extends PartReader {
  static final List<String> MOVE_KEYS = List.of("from", "to", "source", "quote", "note");
  static final List<String> PACKAGE_KEYS = List.of("options", "imposed", "source", "quote", "note");

  /** A listed move waiting for the state space. */
  @FunctionalInterface
  interface Draft {
    /** The move with its references resolved, or null after reporting. */
    MoveSpec resolve(StateSpace space);
  }

  MoveReader(Scope scope, RefReader refs) {
    super(scope, refs);
  }

  /** The entries of the list {@code n} under {@code key} of decision maker {@code dm}. */
  List<Draft> read(Node n, String key, String dm) {
    List<Draft> out = new ArrayList<>();
    Node.ListNode l = scope.fields.list(n, "'" + key + "' of " + dm);
    if (l == null) {
      return out;
    }
    for (int k = 0; k < l.items().size(); k++) {
      String label = "move " + (k + 1) + " in '" + key + "' of " + dm;
      Node.MapNode m = entry(l.items().get(k), label, MOVE_KEYS);
      if (m == null) {
        continue;
      }
      Provenance p = scope.provenance(m, "in " + label);
      Node from =
          scope.fields.required(
              m, "from", "in " + label, "add 'from: STATE', where the move starts");
      Node to =
          scope.fields.required(
              m, "to", "in " + label, "add 'to: STATE' or 'to: [STATE, ...]', where it leads");
      RefReader.Ref fromRef = from == null ? null : refs.read(from, "'from' of " + label);
      List<RefReader.Ref> toRefs = new ArrayList<>();
      boolean ok = fromRef != null && to != null;
      if (to instanceof Node.ListNode tl) {
        if (tl.items().isEmpty()) {
          scope.problems.at(to, "'to' of " + label + " is empty", "list the states it leads to");
          ok = false;
        }
        for (Node t : tl.items()) {
          RefReader.Ref r = refs.read(t, "'to' of " + label);
          ok &= r != null;
          toRefs.add(r);
        }
      } else if (to != null) {
        RefReader.Ref r = refs.read(to, "'to' of " + label);
        ok &= r != null;
        toRefs.add(r);
      }
      if (!ok) {
        continue;
      }
      out.add(
          space -> {
            StatePattern f = refs.resolve(fromRef, space);
            List<StatePattern> ts = new ArrayList<>();
            boolean resolved = f != null;
            for (RefReader.Ref r : toRefs) {
              StatePattern t = refs.resolve(r, space);
              resolved &= t != null;
              ts.add(t);
            }
            return resolved ? new MoveSpec(f, ts, p) : null;
          });
    }
    return out;
  }

  /** The {@code packages} list. */
  List<OptionPackage> packages(Node n) {
    List<OptionPackage> out = new ArrayList<>();
    Node.ListNode l = scope.fields.list(n, "'packages'");
    if (l == null) {
      return out;
    }
    for (int k = 0; k < l.items().size(); k++) {
      String label = "package " + (k + 1);
      Node.MapNode m = entry(l.items().get(k), label, PACKAGE_KEYS);
      if (m == null) {
        continue;
      }
      Provenance p = scope.provenance(m, "in " + label);
      Node opts =
          scope.fields.required(
              m, "options", "in " + label, "add 'options: [a, b]', the options taken together");
      if (opts == null) {
        continue;
      }
      Node.ListNode ol =
          scope.fields.nonEmptyList(
              opts, "'options' of " + label, "list the options taken together");
      if (ol == null) {
        continue;
      }
      List<Integer> options = new ArrayList<>();
      boolean ok = true;
      for (Node o : ol.items()) {
        int t = scope.option(o, "in " + label);
        ok &= t >= 0;
        options.add(t);
      }
      boolean imposed = false;
      Node imp = m.get("imposed");
      if (imp instanceof Node.ScalarNode s && s.value() instanceof Boolean b) {
        imposed = b;
      } else if (imp != null) {
        scope.fields.wrongType(
            imp,
            "'imposed' of " + label,
            "true or false",
            "write 'imposed: true' for a joint move any owner can make alone, or leave it out");
        ok = false;
      }
      if (ok) {
        out.add(new OptionPackage(options, p, imposed));
      }
    }
    return out;
  }
}
