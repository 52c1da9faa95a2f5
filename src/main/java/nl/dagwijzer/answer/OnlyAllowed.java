package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.AllowedGroup;
import nl.dagwijzer.nlu.Asked;

/**
 * "mogen ouders in de pitarea komen?" when its text says "Alleen teamleden en coaches met polsbandje mogen in de
 * pitarea", "mogen scholieren ook naar de sessie voor ouders?" against "Deze sessie is alleen voor ouders": no for a
 * group the sentence leaves out, yes for one it names.
 */
final class OnlyAllowed {
  /** "Alleen teamleden en coaches ... mogen", "alleen voor ouders": who may. */
  private static final Pattern ONLY = Pattern.compile("(?iu)\\balleen (?:voor ([\\p{L}\\d' -]{3,40}?)"
      + "(?:[;,.:]|$| over\\b)|([\\p{L}\\d' -]{3,60}?) (?:mogen|mag)\\b)");
  private static final int STEM = 5;

  private OnlyAllowed() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = a.query().detailAfter(AllowedGroup.PREFIX);
    if (a.query().asked() != Asked.YESNO || asked.isEmpty()) {
      return Optional.empty();
    }
    String group = asked.get();
    String stem = group.substring(0, Math.min(group.length(), STEM));
    List<String> other = a.query().textWords().stream().filter(t -> t.length() >= STEM && !t.equals(group)).toList();
    boolean named = a.selection().named();
    return FirstSaying.find(a, named ? a.selection().sessions() : List.of(), true, sentence -> {
      Matcher only = ONLY.matcher(sentence);
      if (!only.find()) {
        return false;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      // (a sentence of another session than the one asked about only when it has another word of the question)
      return named || other.stream().anyMatch(w -> lower.contains(w.substring(0, STEM)));
    }).map(hit -> {
      Matcher only = ONLY.matcher(hit.sentence());
      only.find();
      String who = only.group(1) != null ? only.group(1) : only.group(2);
      boolean allowed = who.toLowerCase(Locale.ROOT).contains(stem);
      return hit.reply(allowed ? "Ja, " : "Nee, ");
    });
  }
}
