package dev.parley.report;

import dev.parley.core.drama.Comparison;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.drama.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dilemmas report says of the futures the parties propose (docs/semantics.md §5.2): who
 * would gain by breaking an agreement on each, so that the others could not trust it once agreed.
 */
final class AgreementText {
  private final DramaResult result;
  private final Narrator narrator;
  private final DilemmasReport report;

  AgreementText(DramaResult result, Narrator narrator, DilemmasReport report) {
    this.result = result;
    this.narrator = narrator;
    this.report = report;
  }

  /** At most this many proposed futures are weighed in the bottom line. */
  static final int MOST_FUTURES = 3;

  /**
   * For the bottom line, one sentence: at which proposed futures someone would gain by breaking an
   * agreement ("Were a proposed future agreed, someone would gain by breaking it: Russia at ‘deal’
   * (state 14), ..."); empty when nobody would.
   */
  List<String> wouldBreak() {
    List<String> at = new ArrayList<>();
    int more = 0;
    for (int f : result.proposed()) {
      List<String> who = defectors(f);
      if (who.isEmpty()) {
        continue;
      }
      if (at.size() < MOST_FUTURES) {
        at.add(English.list(who) + " at " + narrator.words(f));
      } else {
        more++;
      }
    }
    if (at.isEmpty()) {
      return List.of();
    }
    return List.of(
        "Were a proposed future agreed, someone would gain by breaking it: "
            + String.join("; ", at)
            + (more > 0 ? "; and at " + more + " more" : "")
            + ".");
  }

  /** The names of the parties that would break an agreement on {@code f}. */
  private List<String> defectors(int f) {
    List<String> who = new ArrayList<>();
    List<List<Comparison>> d = result.defections(f);
    for (int x = 0; x < d.size(); x++) {
      if (!d.get(x).isEmpty()) {
        who.add(narrator.dm(x));
      }
    }
    return who;
  }

  /** One line per proposed future: who proposes it and who would break it once agreed. */
  List<String> ifAgreed() {
    List<String> out = new ArrayList<>();
    for (int f : result.proposed()) {
      List<String> by = new ArrayList<>();
      for (Position p : result.table().positions()) {
        if (java.util.Arrays.stream(result.readings(p.holder())).anyMatch(s -> s == f)) {
          by.add(narrator.dm(p.holder()));
        }
      }
      StringBuilder line =
          new StringBuilder("At ")
              .append(narrator.words(f))
              .append(", proposed by ")
              .append(English.list(by))
              .append(": ");
      List<List<Comparison>> d = result.defections(f);
      List<String> breaks = new ArrayList<>();
      List<String> unstable = new ArrayList<>();
      List<String> deterred = new ArrayList<>();
      for (int x = 0; x < d.size(); x++) {
        if (!d.get(x).isEmpty()) {
          breaks.add(narrator.dm(x) + " would gain if it chose to " + report.moves(d.get(x)));
          Boolean st = result.stable(x, f);
          if (st != null) {
            (st ? deterred : unstable).add(narrator.dm(x));
          }
        }
      }
      if (breaks.isEmpty()) {
        line.append("no party would gain by breaking it on its own; once agreed it holds.");
      } else {
        line.append(String.join("; ", breaks)).append('.');
        if (!unstable.isEmpty() || !deterred.isEmpty()) {
          line.append(" Under ").append(result.concept().label()).append(", ");
          if (!unstable.isEmpty()) {
            line.append("it is unstable for ").append(English.list(unstable));
          }
          if (!deterred.isEmpty()) {
            line.append(unstable.isEmpty() ? "" : ", while ")
                .append("the others' response would deter ")
                .append(English.list(deterred));
          }
          line.append('.');
        }
      }
      for (Doubt doubt : result.table().doubts()) {
        if (doubt.about() == Doubt.About.AGREEMENT && !d.get(doubt.doubted()).isEmpty()) {
          line.append(' ')
              .append(English.capital(narrator.dm(doubt.doubter())))
              .append(" already doubts that ")
              .append(narrator.dm(doubt.doubted()))
              .append(" would keep its part.");
        }
      }
      List<Integer> unreliable = new ArrayList<>();
      for (int x = 0; x < d.size(); x++) {
        if (!d.get(x).isEmpty() && !Boolean.TRUE.equals(result.stable(x, f))) {
          unreliable.add(x);
        }
      }
      if (!unreliable.isEmpty()) {
        List<String> others = new ArrayList<>();
        List<String> them = new ArrayList<>();
        for (int x = 0; x < d.size(); x++) {
          (unreliable.contains(x) ? them : others).add(narrator.dm(x));
        }
        line.append(' ')
            .append(
                others.isEmpty()
                    ? "No party could trust the others to keep their part there"
                    : English.capital(English.list(others))
                        + " could not trust "
                        + English.list(them)
                        + " to keep "
                        + (them.size() == 1 ? "its" : "their")
                        + " part there")
            .append(" (a trust dilemma once agreed). What resolves it: guarantees,")
            .append(" verification, or irreversible or simultaneous steps.");
      }
      out.add(line.toString());
    }
    return out;
  }
}
