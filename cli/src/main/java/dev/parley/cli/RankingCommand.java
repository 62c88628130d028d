package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.ModelInput;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.state.StateSpace;
import dev.parley.report.Doc;
import dev.parley.report.Narrator;
import dev.parley.report.RankingFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ranking",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print the ranking a decision maker's preferences produce, best first, with ties, and —",
      "when its preferences are prioritized statements — the truth value of each statement in",
      "each state (binary weighting: the first statement outweighs all later ones together).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley ranking examples/peace-talks-2026.yaml UA",
      "  parley ranking examples/elmira.yaml Uniroyal --format markdown"
    })
final class RankingCommand extends ModelCommand.Plain {
  @Parameters(index = "1", paramLabel = "DM", description = "Decision maker id or name")
  String dmRef;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown, json or csv")
  Format format = Format.text;

  @Override
  public Integer call() {
    ModelInput in = model.read();
    int d = in.dm(dmRef);
    GraphModel g = in.model;
    Conflict c = in.conflict;
    Narrator narrator = new Narrator(g);
    PreferenceSpec spec0 = c.preferences().get(d);
    List<PreferenceSpec.Statement> statements =
        spec0 instanceof PreferenceSpec.Prioritization p ? p.statements() : List.of();
    boolean[][] truth = in.statementTruth(d);
    List<List<Integer>> tiers = RankingFormat.tiers(g, d);
    String out;
    if (format == Format.json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("decisionMaker", c.decisionMakers().get(d).id());
      ArrayNode st = root.putArray("statements");
      statements.forEach(s -> st.add(s.text()));
      ArrayNode rows = root.putArray("ranking");
      int rank = 1;
      for (List<Integer> tier : tiers) {
        for (int s : tier) {
          ObjectNode r = rows.addObject();
          r.put("rank", rank);
          r.put("state", StateSpace.number(s));
          if (narrator.name(s) != null) {
            r.put("name", narrator.name(s));
          }
          r.put("yn", g.space().yn(s));
          r.put("payoff", g.payoff(d, s));
          ArrayNode tv = r.putArray("statements");
          for (boolean[] row : truth) {
            tv.add(row[s]);
          }
        }
        rank++;
      }
      out = root.toPrettyString() + "\n";
    } else {
      List<String> header = new ArrayList<>(List.of("rank", "state", "name", "options (Y/N)"));
      for (int k = 0; k < statements.size(); k++) {
        header.add("S" + (k + 1));
      }
      List<List<String>> rows = new ArrayList<>();
      int rank = 1;
      for (List<Integer> tier : tiers) {
        for (int s : tier) {
          List<String> row = new ArrayList<>();
          row.add(tier.size() > 1 ? rank + "=" : String.valueOf(rank));
          row.add(String.valueOf(StateSpace.number(s)));
          row.add(narrator.name(s) == null ? "" : narrator.name(s));
          row.add(g.space().yn(s));
          for (boolean[] tv : truth) {
            row.add(tv[s] ? "T" : "F");
          }
          rows.add(row);
        }
        rank++;
      }
      if (format == Format.csv) {
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        rows.forEach(r -> b.append(String.join(",", r)).append('\n'));
        out = b.toString();
      } else {
        Doc doc = new Doc();
        doc.heading(2, "Ranking of " + c.decisionMakers().get(d).name() + " (best first)");
        if (!statements.isEmpty()) {
          List<String> items = new ArrayList<>();
          for (int k = 0; k < statements.size(); k++) {
            items.add(
                "S"
                    + (k + 1)
                    + " (weight 2^"
                    + (statements.size() - 1 - k)
                    + "): "
                    + statements.get(k).text());
          }
          doc.para("Prioritized statements, most important first:");
          doc.bullets(items);
        } else {
          doc.para(
              spec0 instanceof PreferenceSpec.DirectRanking
                  ? "Preferences are given as a direct ranking."
                  : "Preferences are given as payoffs.");
        }
        doc.para(
            (g.isGraphForm()
                    ? "Graph form: states by name, no options."
                    : "Options in order: "
                        + String.join(", ", c.options().stream().map(o -> o.id()).toList())
                        + ".")
                + " “3=” marks a tie.");
        doc.table(header, rows);
        doc.para("As a GMCR ranking: " + RankingFormat.ranking(g, d, Integer.MAX_VALUE));
        out = doc.render(format == Format.markdown ? Doc.Style.MARKDOWN : Doc.Style.TEXT);
      }
    }
    Output.write(out, null, spec.commandLine().getOut(), null);
    return ExitCodes.OK;
  }
}
