package nl.dagwijzer.importer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Dutch text into sentences. OpenNLP publishes no Dutch sentence model on Maven Central (the
 * opennlp-models-sentdetect-nl artifact does not resolve), so this uses the JDK's sentence rules and then joins
 * back what Dutch abbreviations ("dr.", "o.a.", "bijv.") split wrongly.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("dr", "drs", "prof", "mr", "ir", "ing", "bc", "ds",
      "dhr", "mevr", "mw", "bijv", "bv", "o.a", "oa", "e.d", "etc", "ca", "m.m.v", "i.s.m", "t.a.v", "o.l.v", "nr",
      "vs", "zgn", "resp", "incl", "excl", "m.b.t", "i.v.m", "min", "max", "st", "jr", "sr", "blz", "p", "e.a");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.\\s*$");

  private Sentences() {
  }

  static List<String> split(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl-NL"));
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      pending.append(text, start, end);
      if (!endsWithAbbreviation(pending)) {
        add(sentences, pending);
      }
    }
    add(sentences, pending);
    return sentences;
  }

  private static void add(List<String> sentences, StringBuilder pending) {
    String sentence = pending.toString().strip();
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    pending.setLength(0);
  }

  private static boolean endsWithAbbreviation(CharSequence text) {
    Matcher m = LAST_WORD.matcher(text);
    return m.find() && ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
