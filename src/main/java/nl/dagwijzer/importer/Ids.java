package nl.dagwijzer.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Readable, unique ids from names and titles ("Bob de Levita" -> "bob-de-levita"). Not thread-safe. */
final class Ids {
  private static final int MAX_WORDS = 6;
  private final Set<String> used = new HashSet<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  String next(String text, String fallback) {
    String base = slug(text);
    if (base.isEmpty()) {
      base = fallback;
    }
    String id = base;
    // Remembering the last suffix per base keeps a programme with many same-titled items linear.
    int n = nextSuffix.getOrDefault(base, 2);
    while (!used.add(id)) {
      id = base + "-" + n++;
    }
    nextSuffix.put(base, n);
    return id;
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("'", "");
    String[] words = ascii.replaceAll("[^a-z0-9]+", " ").strip().split(" ");
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
      if (!words[i].isEmpty()) {
        slug.append(slug.length() > 0 ? "-" : "").append(words[i]);
      }
    }
    return slug.toString();
  }
}
