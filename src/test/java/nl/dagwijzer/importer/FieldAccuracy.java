package nl.dagwijzer.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a draft with the programme.json it should give, field by field. A field counts when the expected file
 * or the draft has a value for it (two absent rooms are not a point scored); ids, topics and aliases are not
 * compared (ids are arbitrary, topics and aliases are the organiser's own additions). Sessions are matched by start
 * time and title, speakers by name. A summary is right when it has the same words as the expected one, give or
 * take a tenth.
 */
final class FieldAccuracy {
  private static final double SUMMARY_SIMILARITY = 0.9;
  private static final List<String> EVENT_FIELDS = List.of("title", "series", "organiser", "date", "timezone");
  private static final List<String> SESSION_FIELDS = List.of("title", "kind", "start", "end", "durationMinutes",
      "room");

  record Score(int right, int total, List<String> misses) {
    double share() {
      return total == 0 ? 1 : (double) right / total;
    }

    String summary(String name) {
      return String.format(Locale.ROOT, "%s: %.1f%% (%d/%d fields)", name, 100 * share(), right, total);
    }
  }

  private int right;
  private int total;
  private final List<String> misses = new ArrayList<>();

  static Score compare(JsonNode expected, JsonNode draft) {
    FieldAccuracy accuracy = new FieldAccuracy();
    accuracy.event(expected.path("event"), draft.path("event"));
    accuracy.speakers(expected.path("speakers"), draft.path("speakers"));
    accuracy.sessions(expected, draft);
    return new Score(accuracy.right, accuracy.total, List.copyOf(accuracy.misses));
  }

  private void event(JsonNode expected, JsonNode draft) {
    for (String field : EVENT_FIELDS) {
      field("event." + field, text(expected, field), text(draft, field), false);
    }
    field("event.summary", text(expected, "summary"), text(draft, "summary"), true);
  }

  private void speakers(JsonNode expected, JsonNode draft) {
    Map<String, JsonNode> drafted = new LinkedHashMap<>();
    draft.forEach(s -> drafted.put(key(text(s, "name")), s));
    for (JsonNode speaker : expected) {
      String name = text(speaker, "name");
      JsonNode found = drafted.remove(key(name));
      String path = "speaker " + name;
      field(path + ".name", name, found == null ? "" : text(found, "name"), false);
      for (String field : List.of("role", "organisation")) {
        field(path + "." + field, text(speaker, field), found == null ? "" : text(found, field), false);
      }
    }
    for (JsonNode extra : drafted.values()) {
      for (String field : List.of("name", "role", "organisation")) {
        field("extra speaker " + text(extra, "name") + "." + field, "", text(extra, field), false);
      }
    }
  }

  private void sessions(JsonNode expectedRoot, JsonNode draftRoot) {
    Map<String, String> expectedNames = names(expectedRoot);
    Map<String, String> draftNames = names(draftRoot);
    List<JsonNode> unmatched = new ArrayList<>();
    draftRoot.path("sessions").forEach(unmatched::add);
    for (JsonNode session : expectedRoot.path("sessions")) {
      JsonNode match = bestMatch(session, unmatched);
      unmatched.remove(match);
      String path = "session " + text(session, "start") + " '" + text(session, "title") + "'";
      for (String field : SESSION_FIELDS) {
        field(path + "." + field, text(session, field), match == null ? "" : text(match, field), false);
      }
      field(path + ".speakers", speakerNames(session, expectedNames),
          match == null ? "" : speakerNames(match, draftNames), false);
      field(path + ".summary", text(session, "summary"), match == null ? "" : text(match, "summary"), true);
      field(path + ".details", list(session.path("details")), match == null ? "" : list(match.path("details")),
          false);
    }
    for (JsonNode extra : unmatched) {
      String path = "extra session " + text(extra, "start") + " '" + text(extra, "title") + "'";
      for (String field : SESSION_FIELDS) {
        field(path + "." + field, "", text(extra, field), false);
      }
      field(path + ".speakers", "", speakerNames(extra, draftNames), false);
      field(path + ".summary", "", text(extra, "summary"), true);
      field(path + ".details", "", list(extra.path("details")), false);
    }
  }

  /** The draft session with the same start and the most similar title; else the most similar title at all. */
  private static JsonNode bestMatch(JsonNode session, List<JsonNode> candidates) {
    JsonNode best = null;
    double bestScore = 0.3;
    for (JsonNode candidate : candidates) {
      double score = similarity(text(session, "title"), text(candidate, "title"))
          + (text(session, "start").equals(text(candidate, "start")) ? 1 : 0);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private void field(String path, String expected, String actual, boolean loose) {
    String e = normal(expected);
    String a = normal(actual);
    if (e.isEmpty() && a.isEmpty()) {
      return;
    }
    total++;
    boolean same = e.equals(a) || loose && !e.isEmpty() && similarity(e, a) >= SUMMARY_SIMILARITY;
    if (same) {
      right++;
    } else {
      misses.add(path + ": expected '" + expected + "', got '" + actual + "'");
    }
  }

  private static Map<String, String> names(JsonNode root) {
    Map<String, String> names = new HashMap<>();
    root.path("speakers").forEach(s -> names.put(text(s, "id"), text(s, "name")));
    return names;
  }

  private static String speakerNames(JsonNode session, Map<String, String> names) {
    Set<String> result = new TreeSet<>();
    session.path("speakers").forEach(id -> result.add(names.getOrDefault(id.asText(), "?" + id.asText())));
    return String.join(", ", result);
  }

  private static String list(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(normal(item.asText())));
    return String.join(" | ", items);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "" : value.asText();
  }

  private static String normal(String text) {
    return text.replace('\u2018', '\'').replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
        .replaceAll("\\.$", "");
  }

  private static String key(String name) {
    return normal(name).toLowerCase(Locale.ROOT);
  }

  /** Dice coefficient of the two texts' word multisets, ignoring case and punctuation. */
  static double similarity(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Map<String, Integer> counts = new HashMap<>();
    x.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String w : y) {
      Integer left = counts.get(w);
      if (left != null && left > 0) {
        common++;
        counts.put(w, left - 1);
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

}
