package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;

/** The conditions of a question in words, in the order the question gave them: "om 14:00 in Zaal 2". */
final class Phrases {
  private final List<String> parts = new ArrayList<>();

  /** Each phrase once: two sessions of one title left out ("niet gesprekstechnieken") are said once. */
  void add(String phrase) {
    if (!parts.contains(phrase)) {
      parts.add(phrase);
    }
  }

  @Override
  public String toString() {
    return String.join(" ", parts);
  }
}
