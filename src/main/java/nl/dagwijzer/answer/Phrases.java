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

  /** The phrase that starts with {@code from} now starts with {@code to}; {@code otherwise} added when none does. */
  void rewrite(String from, String to, String otherwise) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).startsWith(from)) {
        parts.set(i, to + parts.get(i).substring(from.length()));
        return;
      }
    }
    add(otherwise);
  }

  /** Two of a kind are joined: "in de eerste ronde (...) en in de tweede ronde (...)". */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        String before = parts.get(i - 1).split(" ", 2)[0];
        text.append(before.equals(parts.get(i).split(" ", 2)[0]) ? " en " : " ");
      }
      text.append(parts.get(i));
    }
    return text.toString();
  }
}
