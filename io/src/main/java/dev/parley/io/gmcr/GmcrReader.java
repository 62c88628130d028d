package dev.parley.io.gmcr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import dev.parley.io.ReadLimits;
import dev.parley.io.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads GMCR+ (gmcr-py) save files, the JSON {@code .gmcr} format, into a {@link Conflict}.
 *
 * <p>Options are regrouped by decision maker as GMCR+ does on load (decision makers in order, each
 * one's options in its own order), so that Parley's state numbers equal the GMCR+ state numbers.
 * Preference statements become a {@link PreferenceSpec.Prioritization}; a manual ranking ({@code
 * useManualPreferenceRanking}) becomes a {@link PreferenceSpec.DirectRanking} of exact state
 * patterns. What Parley cannot represent (misperceptions, statements next to a manual ranking) and
 * what GMCR+ itself drops (duplicate statements, infeasibility conditions on missing options) is
 * reported in {@link GmcrImport#warnings()}.
 *
 * <p>Every problem with the file is a {@link GmcrFormatException} whose message names the file, the
 * line and column, the place in the JSON document and the fix.
 */
public final class GmcrReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxStringLength(ReadLimits.MAX_STRING_CHARS)
                          .maxNameLength(ReadLimits.MAX_STRING_CHARS)
                          .maxNestingDepth(ReadLimits.MAX_NESTING)
                          .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** GMCR+ scores statements in 64-bit integers; see the format description, section 3. */
  static final int MAX_GMCR_STATEMENTS = 63;

  private GmcrReader() {}

  /**
   * Reads a {@code .gmcr} file.
   *
   * @throws IOException when the file cannot be read
   * @throws GmcrFormatException when it is not a valid GMCR+ JSON save file
   */
  public static GmcrImport read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads the bytes of a {@code .gmcr} file.
   *
   * @param name the file name used in messages
   * @throws GmcrFormatException when they are not a valid GMCR+ JSON save file
   */
  public static GmcrImport read(byte[] bytes, String name) {
    if (isPickle(bytes)) {
      throw pickle(name);
    }
    String text;
    try {
      text = Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new GmcrFormatException(
          name,
          "",
          0,
          0,
          "this is not a JSON text file (it is not valid UTF-8)",
          "choose a .gmcr file saved by GMCR+ 0.4 or later, which is JSON text");
    }
    return read(text, name);
  }

  /**
   * Reads the JSON text of a {@code .gmcr} file.
   *
   * @param fileName the name used in messages and as the conflict's title; may be null
   * @throws GmcrFormatException when it is not a valid GMCR+ JSON save file
   */
  public static GmcrImport read(String json, String fileName) {
    String file = fileName == null || fileName.isBlank() ? "<input>" : fileName;
    return new Reading(json == null ? "" : json, file).run();
  }

  /**
   * Whether these bytes start as a pickle, the old (2013) GMCR+ save format, which is not read (a
   * pickle's protocol 2 and later begin with the byte 0x80, never the start of UTF-8 text).
   */
  public static boolean isPickle(byte[] bytes) {
    return bytes.length > 0 && (bytes[0] & 0xff) == 0x80;
  }

  private static GmcrFormatException pickle(String file) {
    return new GmcrFormatException(
        file,
        "",
        0,
        0,
        "this is not a JSON .gmcr file: it looks like the old (2013) GMCR+ save format, a Python"
            + " pickle, which Parley does not read",
        "re-enter the conflict in GMCR+ 0.4 or later and save it again (JSON), or write it as a"
            + " Parley model");
  }

  /** A literal of a condition as written in the file: option index in file order. */
  private record Literal(int option, boolean yes, String path) {}

  /**
   * A condition as written: one member for a simple condition, several for a compound one (a
   * disjunction of conjunctions).
   */
  private record Condition(List<List<Literal>> members, boolean compound, String path) {}

  /** One reading of one file. */
  private static final class Reading {
    private final String json;
    private final String file;
    private final List<String> warnings = new ArrayList<>();
    private JsonLocations locations;

    private int optionCount;

    /** Global (Parley and GMCR+ grouped) index of each option in file order. */
    private int[] newIndex;

    private List<Option> options;
    private String[] optionIds;

    Reading(String json, String file) {
      this.json = json.startsWith("\uFEFF") ? json.substring(1) : json;
      this.file = file;
    }

    GmcrImport run() {
      JsonNode root = parse();
      if (!root.isObject()) {
        throw fail(
            "",
            "the file holds " + kind(root) + ", not a JSON object",
            "a .gmcr file is one JSON object with the keys 'options' and 'decisionMakers'");
      }

      // 1. options and decision makers, as written
      JsonNode optionsNode = required(root, "options", "");
      checkArray(optionsNode, "options");
      optionCount = optionsNode.size();
      String[] optionNames = new String[optionCount];
      Reversibility[] reversibility = new Reversibility[optionCount];
      for (int i = 0; i < optionCount; i++) {
        String path = "options[" + i + "]";
        JsonNode o = optionsNode.get(i);
        if (!o.isObject()) {
          throw fail(
              path,
              "an option must be an object, found " + kind(o),
              "write it as {\"name\": \"...\", \"permittedDirection\": \"both\"}");
        }
        optionNames[i] = text(required(o, "name", path), path + ".name");
        JsonNode dir = o.get("permittedDirection");
        if (dir == null || dir.isNull()) {
          reversibility[i] = Reversibility.BOTH;
        } else {
          String d = text(dir, path + ".permittedDirection");
          reversibility[i] = Reversibility.parse(d);
          if (reversibility[i] == null) {
            throw fail(
                path + ".permittedDirection",
                "unknown direction '" + d + "'",
                "use \"both\", \"fwd\" (only N to Y) or \"back\" (only Y to N)");
          }
        }
      }

      JsonNode dmsNode = required(root, "decisionMakers", "");
      checkArray(dmsNode, "decisionMakers");
      int dmCount = dmsNode.size();
      String[] dmNames = new String[dmCount];
      List<List<Integer>> dmOptions = new ArrayList<>();
      int[] owner = new int[optionCount];
      String[] ownerPath = new String[optionCount];
      Arrays.fill(owner, -1);
      for (int d = 0; d < dmCount; d++) {
        String path = "decisionMakers[" + d + "]";
        JsonNode dm = dmsNode.get(d);
        if (!dm.isObject()) {
          throw fail(
              path,
              "a decision maker must be an object, found " + kind(dm),
              "write it as {\"name\": \"...\", \"options\": [0, 1], \"preferences\": []}");
        }
        dmNames[d] = text(required(dm, "name", path), path + ".name");
        JsonNode opts = required(dm, "options", path);
        checkArray(opts, path + ".options");
        if (opts.size() == 0) {
          throw fail(
              path + ".options",
              "'"
                  + dmNames[d]
                  + "' controls no option; Parley needs at least one per decision maker",
              "give it the options it controls, or remove it");
        }
        List<Integer> own = new ArrayList<>();
        for (int k = 0; k < opts.size(); k++) {
          String where = path + ".options[" + k + "]";
          int o = integer(opts.get(k), where);
          if (o < 0 || o >= optionCount) {
            throw fail(
                where,
                "option index " + o + " is out of range: there are " + optionCount + " options",
                "use a 0-based index into 'options', 0 to " + (optionCount - 1));
          }
          if (owner[o] >= 0) {
            throw fail(
                where,
                owner[o] == d
                    ? "option " + o + " ('" + optionNames[o] + "') is listed twice"
                    : "option "
                        + o
                        + " ('"
                        + optionNames[o]
                        + "') is already controlled by '"
                        + dmNames[owner[o]]
                        + "' ("
                        + ownerPath[o]
                        + "); Parley needs exactly one controller per option",
                owner[o] == d
                    ? "list each option once"
                    : "give the option to one decision maker, or split it into one option each");
          }
          owner[o] = d;
          ownerPath[o] = where;
          own.add(o);
        }
        dmOptions.add(own);
      }
      for (int o = 0; o < optionCount; o++) {
        if (owner[o] < 0) {
          throw fail(
              "options[" + o + "]",
              "option " + o + " ('" + optionNames[o] + "') is controlled by no decision maker",
              "add its index to the 'options' of the decision maker who controls it, or remove it");
        }
      }

      // 2. regroup the options by decision maker, as GMCR+ does
      newIndex = new int[optionCount];
      int[] oldIndex = new int[optionCount];
      int next = 0;
      for (List<Integer> own : dmOptions) {
        for (int o : own) {
          oldIndex[next] = o;
          newIndex[o] = next++;
        }
      }
      for (int t = 0; t < optionCount; t++) {
        if (oldIndex[t] != t) {
          warnings.add(
              "options: reordered so that each decision maker's options are together, decision"
                  + " makers in order, as GMCR+ does on load; state numbers follow the new order");
          break;
        }
      }
      Set<String> takenOptionIds = new HashSet<>();
      optionIds = new String[optionCount];
      Option[] opts = new Option[optionCount];
      for (int t = 0; t < optionCount; t++) {
        int o = oldIndex[t];
        optionIds[t] = GmcrIds.derive(optionNames[o], "o_", "o" + (t + 1), takenOptionIds);
        opts[t] = new Option(optionIds[t], optionNames[o], null, reversibility[o], Provenance.NONE);
      }
      options = List.of(opts);
      Set<String> takenDmIds = new HashSet<>();
      List<DecisionMaker> dms = new ArrayList<>();
      for (int d = 0; d < dmCount; d++) {
        List<Option> own = new ArrayList<>();
        for (int o : dmOptions.get(d)) {
          own.add(opts[newIndex[o]]);
        }
        String id = GmcrIds.derive(dmNames[d], "dm_", "dm" + (d + 1), takenDmIds);
        dms.add(new DecisionMaker(id, dmNames[d], null, own, Provenance.NONE));
      }

      // 3. infeasibility conditions, dropping those on missing options
      List<Infeasibility> infeasibilities = new ArrayList<>();
      JsonNode infNode = root.get("infeasibles");
      if (infNode != null && !infNode.isNull()) {
        checkArray(infNode, "infeasibles");
        for (int k = 0; k < infNode.size(); k++) {
          Condition c = condition(infNode.get(k), "infeasibles[" + k + "]");
          Literal missing = firstMissing(c);
          if (missing != null) {
            warnings.add(
                c.path()
                    + ": dropped, as GMCR+ does, because it refers to option "
                    + missing.option()
                    + " and there are only "
                    + optionCount
                    + " options");
            continue;
          }
          checkContradictions(c);
          infeasibilities.add(infeasibility(c));
        }
      }

      // 4. the feasible states, numbered as in GMCR+
      StateSpace space;
      try {
        space = StateSpace.of(optionCount, infeasibilities);
      } catch (ModelException e) {
        throw fromModel(e);
      }

      // 5. preferences
      boolean manual = manualFlag(root);
      List<PreferenceSpec> prefs = new ArrayList<>();
      for (int d = 0; d < dmCount; d++) {
        prefs.add(preferences(dmsNode.get(d), d, dmNames[d], manual, space));
      }

      Conflict conflict;
      try {
        Conflict.Builder b =
            Conflict.builder()
                .title(title())
                .description("Imported from the GMCR+ file '" + baseName() + "'.");
        dms.forEach(b::decisionMaker);
        infeasibilities.forEach(b::infeasibility);
        b.preferences(prefs);
        conflict = b.build();
      } catch (ModelException e) {
        throw fromModel(e);
      }

      // 6. coalitions
      List<List<Integer>> coalitions = coalitions(root.get("coalitions"), dmCount);
      return new GmcrImport(conflict, coalitions, warnings);
    }

    // ---- parsing --------------------------------------------------------------------------

    private JsonNode parse() {
      String trimmed = json.strip();
      if (trimmed.isEmpty()) {
        throw new GmcrFormatException(
            file, "", 0, 0, "the file is empty", "choose a .gmcr file saved by GMCR+");
      }
      char first = trimmed.charAt(0);
      if (first == '\u0080'
          || trimmed.startsWith("(dp")
          || trimmed.startsWith("(lp")
          || trimmed.startsWith("(i")
          || trimmed.startsWith("ccopy_reg")) {
        throw pickle(file);
      }
      try {
        return MAPPER.readTree(json);
      } catch (JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String detail = e.getOriginalMessage();
        int nl = detail == null ? -1 : detail.indexOf('\n');
        if (nl >= 0) {
          detail = detail.substring(0, nl);
        }
        return throwParse(loc, detail, first);
      }
    }

    private JsonNode throwParse(JsonLocation loc, String detail, char first) {
      int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
      int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
      if (first != '{' && first != '[') {
        String start = json.strip().lines().findFirst().orElse("");
        throw new GmcrFormatException(
            file,
            "",
            0,
            0,
            "this is not a JSON file: it starts with '" + abbreviate(start) + "'",
            "choose a .gmcr file saved by GMCR+ 0.4 or later, which is JSON; the old (2013)"
                + " pickle format is not supported");
      }
      throw new GmcrFormatException(
          file,
          "",
          line,
          col,
          "the file is not valid JSON: " + detail,
          "correct the JSON syntax there (a missing comma, quote or bracket), or save the"
              + " conflict again from GMCR+");
    }

    private JsonNode required(JsonNode obj, String key, String path) {
      JsonNode n = obj.get(key);
      if (n == null || n.isNull()) {
        throw fail(
            path,
            "the key '" + key + "' is missing" + (path.isEmpty() ? "" : " here"),
            "add '" + key + "'; every GMCR+ save file has it");
      }
      return n;
    }

    private void checkArray(JsonNode n, String path) {
      if (!n.isArray()) {
        throw fail(path, "expected an array, found " + kind(n), "write it as [ ... ]");
      }
    }

    private String text(JsonNode n, String path) {
      if (!n.isTextual()) {
        throw fail(path, "expected a string, found " + kind(n), "write it in double quotes");
      }
      return n.asText();
    }

    private int integer(JsonNode n, String path) {
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw fail(
            path,
            "expected a whole number, found " + kind(n),
            "write an index or state number without quotes or decimals");
      }
      return n.intValue();
    }

    private boolean manualFlag(JsonNode root) {
      String key = "useManualPreferenceRanking";
      JsonNode n = root.get(key);
      if (n == null || n.isNull()) {
        key = "useManualPreferenceVectors";
        n = root.get(key);
      }
      if (n == null || n.isNull()) {
        return false;
      }
      if (!n.isBoolean()) {
        throw fail(key, "expected true or false, found " + kind(n), "write true or false");
      }
      return n.booleanValue();
    }

    // ---- conditions -----------------------------------------------------------------------

    private Condition condition(JsonNode n, String path) {
      if (n.isArray()) {
        return new Condition(List.of(conjunction(n, path)), false, path);
      }
      if (n.isObject()) {
        JsonNode compound = n.get("compound");
        if (compound != null && !compound.isNull() && !compound.isBoolean()) {
          throw fail(
              path + ".compound",
              "expected true, found " + kind(compound),
              "write \"compound\": true");
        }
        JsonNode members = n.get("members");
        if (members == null || members.isNull()) {
          throw fail(
              path,
              "a compound condition needs 'members'",
              "write {\"compound\": true, \"members\": [[[0, \"Y\"]], [[1, \"N\"]]]}");
        }
        checkArray(members, path + ".members");
        if (members.size() == 0) {
          throw fail(
              path + ".members",
              "a compound condition needs at least one member",
              "add the conditions it joins with OR, or remove it");
        }
        List<List<Literal>> ms = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
          String where = path + ".members[" + k + "]";
          if (!members.get(k).isArray()) {
            throw fail(
                where,
                "a member of a compound condition must be a simple condition (an array of"
                    + " [optionIndex, \"Y\"|\"N\"] pairs), found "
                    + kind(members.get(k)),
                "write it as [[0, \"Y\"], [2, \"N\"]]");
          }
          ms.add(conjunction(members.get(k), where));
        }
        return new Condition(ms, true, path);
      }
      throw fail(
          path,
          "expected a condition, found " + kind(n),
          "write a simple condition as [[0, \"Y\"], [2, \"N\"]] or a compound one as"
              + " {\"compound\": true, \"members\": [...]}");
    }

    private List<Literal> conjunction(JsonNode n, String path) {
      List<Literal> lits = new ArrayList<>();
      for (int k = 0; k < n.size(); k++) {
        String where = path + "[" + k + "]";
        JsonNode pair = n.get(k);
        if (!pair.isArray() || pair.size() != 2) {
          throw fail(
              where,
              "expected an [optionIndex, \"Y\"|\"N\"] pair, found "
                  + (pair.isArray() ? "an array of " + pair.size() : kind(pair)),
              "write it as [0, \"Y\"]");
        }
        int o = integer(pair.get(0), where + "[0]");
        JsonNode v = pair.get(1);
        String s = v.isTextual() ? v.asText() : "";
        boolean yes;
        if (s.equalsIgnoreCase("Y")) {
          yes = true;
        } else if (s.equalsIgnoreCase("N")) {
          yes = false;
        } else {
          throw fail(
              where + "[1]",
              "expected \"Y\" or \"N\", found " + (v.isTextual() ? "'" + s + "'" : kind(v)),
              "write \"Y\" (option taken) or \"N\" (not taken)");
        }
        lits.add(new Literal(o, yes, where + "[0]"));
      }
      return lits;
    }

    private Literal firstMissing(Condition c) {
      for (List<Literal> m : c.members()) {
        for (Literal l : m) {
          if (l.option() < 0 || l.option() >= optionCount) {
            return l;
          }
        }
      }
      return null;
    }

    private void checkRange(Condition c) {
      Literal l = firstMissing(c);
      if (l != null) {
        throw fail(
            l.path(),
            "option index "
                + l.option()
                + " is out of range: there are "
                + optionCount
                + " options",
            "use a 0-based index into 'options', 0 to " + (optionCount - 1));
      }
    }

    private void checkContradictions(Condition c) {
      for (List<Literal> m : c.members()) {
        Map<Integer, Literal> seen = new HashMap<>();
        for (Literal l : m) {
          Literal before = seen.putIfAbsent(l.option(), l);
          if (before != null && before.yes() != l.yes()) {
            throw fail(
                l.path(),
                "option "
                    + l.option()
                    + " ('"
                    + options.get(newIndex[l.option()]).name()
                    + "') is required to be both Y and N in one condition",
                "keep one of the two pairs");
          }
        }
      }
    }

    /** The members as patterns over global (grouped) option indices. */
    private List<StatePattern> patterns(Condition c) {
      List<StatePattern> out = new ArrayList<>();
      for (List<Literal> m : c.members()) {
        long mask = 0;
        long value = 0;
        for (Literal l : m) {
          long bit = 1L << newIndex[l.option()];
          mask |= bit;
          if (l.yes()) {
            value |= bit;
          }
        }
        out.add(new StatePattern(mask, value));
      }
      return out;
    }

    private static Formula cube(StatePattern p) {
      List<Formula> lits = new ArrayList<>();
      for (int t = 0; t < 63; t++) {
        if ((p.mask() >>> t & 1L) != 0) {
          Formula lit = new Formula.Taken(t);
          lits.add((p.value() >>> t & 1L) != 0 ? lit : new Formula.Not(lit));
        }
      }
      return lits.isEmpty() ? new Formula.Constant(true) : Formula.and(lits);
    }

    private static Formula formula(List<StatePattern> members) {
      List<Formula> cubes = new ArrayList<>();
      for (StatePattern p : members) {
        cubes.add(cube(p));
      }
      return Formula.or(cubes);
    }

    private Infeasibility infeasibility(Condition c) {
      List<StatePattern> ps = patterns(c);
      if (!c.compound()) {
        StatePattern p = ps.get(0);
        List<Integer> opts = new ArrayList<>();
        List<Boolean> values = new ArrayList<>();
        for (int t = 0; t < optionCount; t++) {
          if ((p.mask() >>> t & 1L) != 0) {
            opts.add(t);
            values.add((p.value() >>> t & 1L) != 0);
          }
        }
        return Infeasibility.pattern(opts, values, Provenance.NONE);
      }
      return Infeasibility.formula(formula(ps), Provenance.NONE);
    }

    /** The GMCR+ name of a condition, by which duplicates are found. */
    private String name(List<StatePattern> ps, boolean compound) {
      if (!compound) {
        return ps.get(0).toYnd(optionCount);
      }
      List<String> all = new ArrayList<>();
      for (StatePattern p : ps) {
        all.add(p.toYnd(optionCount));
      }
      all.sort(null);
      return all.toString();
    }

    // ---- preferences ----------------------------------------------------------------------

    private PreferenceSpec preferences(
        JsonNode dm, int d, String dmName, boolean manual, StateSpace space) {
      String path = "decisionMakers[" + d + "]";

      List<PreferenceSpec.Statement> statements = new ArrayList<>();
      JsonNode prefs = dm.get("preferences");
      if (prefs != null && !prefs.isNull()) {
        checkArray(prefs, path + ".preferences");
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < prefs.size(); k++) {
          Condition c = condition(prefs.get(k), path + ".preferences[" + k + "]");
          checkRange(c);
          checkContradictions(c);
          List<StatePattern> ps = patterns(c);
          String name = name(ps, c.compound());
          Integer before = seen.putIfAbsent(name, k);
          if (before != null) {
            warnings.add(
                c.path()
                    + ": dropped, as GMCR+ does, because it repeats statement "
                    + before
                    + " ("
                    + name
                    + ") of '"
                    + dmName
                    + "'");
            continue;
          }
          Formula f = formula(ps);
          String text = f.render(t -> optionIds[t]);
          statements.add(new PreferenceSpec.Statement(f, text, Provenance.NONE));
        }
      }

      List<StatePattern> misperceived = new ArrayList<>();
      JsonNode mis = dm.get("misperceptions");
      if (mis != null && !mis.isNull()) {
        checkArray(mis, path + ".misperceptions");
        List<String> names = new ArrayList<>();
        for (int k = 0; k < mis.size(); k++) {
          Condition c = condition(mis.get(k), path + ".misperceptions[" + k + "]");
          checkRange(c);
          checkContradictions(c);
          List<StatePattern> ps = patterns(c);
          misperceived.addAll(ps);
          names.add(name(ps, c.compound()));
        }
        if (!names.isEmpty()) {
          warnings.add(
              path
                  + ".misperceptions: ignored: '"
                  + dmName
                  + "' does not perceive the states matching "
                  + String.join(", ", names)
                  + ", but Parley does not model misperception yet and analyses the conflict as"
                  + " if every decision maker perceived every state");
        }
      }

      if (!manual) {
        if (statements.isEmpty()) {
          warnings.add(
              path
                  + ".preferences: '"
                  + dmName
                  + "' has no preference statements, so all states are equally preferred");
        }
        return new PreferenceSpec.Prioritization(statements);
      }

      String key = "preferenceRanking";
      JsonNode ranking = dm.get(key);
      if (ranking == null || ranking.isNull()) {
        key = "preferenceVector";
        ranking = dm.get(key);
      }
      if (ranking == null || ranking.isNull()) {
        throw fail(
            path,
            "'" + dmName + "' has no 'preferenceRanking', but useManualPreferenceRanking is true",
            "add the ranking (state numbers, most preferred first), or set"
                + " useManualPreferenceRanking to false to rank by the preference statements");
      }
      if (!statements.isEmpty()) {
        warnings.add(
            path
                + ".preferences: the "
                + statements.size()
                + " preference statement(s) of '"
                + dmName
                + "' are not imported: the file uses the manual ranking"
                + " (useManualPreferenceRanking), and Parley keeps one form of preferences per"
                + " decision maker");
      }
      return ranking(ranking, path + "." + key, dmName, space, misperceived);
    }

    private PreferenceSpec.DirectRanking ranking(
        JsonNode node,
        String path,
        String dmName,
        StateSpace space,
        List<StatePattern> misperceived) {
      checkArray(node, path);
      int m = space.size();
      String[] placed = new String[m];
      List<List<StatePattern>> tiers = new ArrayList<>();
      for (int k = 0; k < node.size(); k++) {
        String where = path + "[" + k + "]";
        JsonNode entry = node.get(k);
        List<StatePattern> tier = new ArrayList<>();
        if (entry.isArray()) {
          if (entry.size() == 0) {
            warnings.add(where + ": empty group of equally preferred states ignored");
            continue;
          }
          for (int e = 0; e < entry.size(); e++) {
            tier.add(state(entry.get(e), where + "[" + e + "]", space, placed));
          }
        } else {
          tier.add(state(entry, where, space, placed));
        }
        tiers.add(tier);
      }
      List<Integer> missing = new ArrayList<>();
      for (int s = 0; s < m; s++) {
        if (placed[s] == null) {
          missing.add(s);
        }
      }
      if (missing.isEmpty()) {
        return new PreferenceSpec.DirectRanking(tiers);
      }
      boolean allMisperceived = true;
      for (int s : missing) {
        boolean mis = false;
        for (StatePattern p : misperceived) {
          mis |= p.matches(space.code(s));
        }
        allMisperceived &= mis;
      }
      List<String> list = new ArrayList<>();
      for (int s : missing.subList(0, Math.min(12, missing.size()))) {
        list.add(StateSpace.number(s) + " (" + space.yn(s) + ")");
      }
      String states =
          (missing.size() == 1 ? "state " : missing.size() + " states: ")
              + String.join(", ", list)
              + (missing.size() > 12 ? ", ..." : "");
      if (allMisperceived) {
        List<StatePattern> last = new ArrayList<>();
        for (int s : missing) {
          last.add(StatePattern.exact(space.code(s), optionCount));
        }
        tiers.add(last);
        warnings.add(
            path
                + ": the ranking of '"
                + dmName
                + "' leaves out "
                + states
                + ", which it does not perceive; as GMCR+ does, they are ranked last, equally"
                + " preferred");
        return new PreferenceSpec.DirectRanking(tiers);
      }
      throw fail(
          path,
          "the ranking of '" + dmName + "' misses " + states + " of the " + m + " feasible states",
          "list every feasible state number exactly once, most preferred first, with equally"
              + " preferred states in a nested [ ] group; if the options or infeasible states"
              + " changed after the ranking was entered, re-enter it in GMCR+");
    }

    private StatePattern state(JsonNode n, String path, StateSpace space, String[] placed) {
      if (n.isArray()) {
        throw fail(
            path,
            "a group of equally preferred states cannot contain another group",
            "write a group as a flat list of state numbers, e.g. [4, 6]");
      }
      int number = integer(n, path);
      int m = space.size();
      if (number < 1 || number > m) {
        throw fail(
            path,
            "state "
                + number
                + " does not exist: there "
                + (m == 1 ? "is 1 feasible state" : "are " + m + " feasible states")
                + ", numbered 1 to "
                + m,
            "use the state numbers GMCR+ shows (1 to "
                + m
                + "); if the options or infeasible states changed after the ranking was"
                + " entered, re-enter it in GMCR+");
      }
      int s = number - 1;
      if (placed[s] != null) {
        throw fail(
            path,
            "state "
                + number
                + " appears more than once in the ranking (first at "
                + placed[s]
                + ")",
            "list each state once; put equally preferred states in one nested [ ] group");
      }
      placed[s] = path;
      return StatePattern.exact(space.code(s), optionCount);
    }

    // ---- coalitions -----------------------------------------------------------------------

    private List<List<Integer>> coalitions(JsonNode node, int dmCount) {
      List<List<Integer>> singletons = new ArrayList<>();
      for (int d = 0; d < dmCount; d++) {
        singletons.add(List.of(d));
      }
      if (node == null || node.isNull()) {
        return singletons;
      }
      checkArray(node, "coalitions");
      List<List<Integer>> out = new ArrayList<>();
      for (int k = 0; k < node.size(); k++) {
        String where = "coalitions[" + k + "]";
        JsonNode e = node.get(k);
        List<Integer> block = new ArrayList<>();
        if (e.isArray()) {
          for (int j = 0; j < e.size(); j++) {
            block.add(integer(e.get(j), where + "[" + j + "]"));
          }
        } else {
          block.add(integer(e, where));
        }
        out.add(block);
      }
      String problem = partitionProblem(out, dmCount);
      if (problem != null) {
        warnings.add(
            "coalitions: "
                + problem
                + ", so it is not a partition of the decision makers; as GMCR+ does, each"
                + " decision maker is taken alone instead");
        return singletons;
      }
      return out;
    }

    // ---- errors ---------------------------------------------------------------------------

    private GmcrFormatException fail(String path, String problem, String hint) {
      if (locations == null) {
        locations = JsonLocations.of(json);
      }
      int[] pos = locations.find(path);
      return new GmcrFormatException(file, path, pos[0], pos[1], problem, hint);
    }

    private GmcrFormatException fromModel(ModelException e) {
      ModelException.Problem p = e.problems().get(0);
      String path = p.path() == null ? "" : p.path();
      if (path.equals("infeasible")) {
        path = "infeasibles";
      } else if (path.matches("decisionMakers\\[\\d+]\\.options\\[\\d+]\\.id")) {
        path = path.substring(0, path.length() - 3);
      }
      String message = p.message();
      if (e.problems().size() > 1) {
        message += " (and " + (e.problems().size() - 1) + " more problem(s))";
      }
      return fail(path, message, p.hint());
    }

    private String baseName() {
      String n = file.replace('\\', '/');
      return n.substring(n.lastIndexOf('/') + 1);
    }

    private String title() {
      String n = baseName();
      return n.toLowerCase(java.util.Locale.ROOT).endsWith(".gmcr")
          ? n.substring(0, n.length() - 5)
          : n;
    }
  }

  /** Why {@code blocks} is not a partition of {@code 0..dmCount-1}, or null when it is one. */
  static String partitionProblem(List<List<Integer>> blocks, int dmCount) {
    boolean[] seen = new boolean[dmCount];
    for (int k = 0; k < blocks.size(); k++) {
      List<Integer> b = blocks.get(k);
      if (b.isEmpty()) {
        return "entry " + k + " is an empty coalition";
      }
      for (int d : b) {
        if (d < 0 || d >= dmCount) {
          return "entry "
              + k
              + " names decision maker "
              + d
              + ", but there are "
              + dmCount
              + " (0 to "
              + (dmCount - 1)
              + ")";
        }
        if (seen[d]) {
          return "decision maker " + d + " is in more than one coalition";
        }
        seen[d] = true;
      }
    }
    for (int d = 0; d < dmCount; d++) {
      if (!seen[d]) {
        return "decision maker " + d + " is in no coalition";
      }
    }
    return null;
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      return "the string \"" + abbreviate(n.asText()) + "\"";
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 27) + "..." : s;
  }
}
