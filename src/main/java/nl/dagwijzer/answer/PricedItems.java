package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "welke kavel heeft de hoogste startprijs?", "welke kavels beginnen onder de 600 euro?": the numbered lines of the
 * one session asked about ("Kavel 1: Een zeildag ..., startprijs €750.") compared by the amount each gives. Lines
 * count as items when at least two of them start with the same word and a number or letter, each with one amount.
 */
final class PricedItems {
  private static final Pattern NUMBERED = Pattern.compile("^(\\p{L}+)\\s+(\\d{1,3}|\\p{Lu})\\s*[:.,–-]");
  private static final Pattern AMOUNT = Pattern.compile("€\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?"
      + "|(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?\\s*euro");

  record Item(String line, double euros) {
  }

  private PricedItems() {
  }

  /** The numbered lines with one amount each of {@code session}, when it has two or more of the same label. */
  static List<Item> of(Session session) {
    List<Item> items = new ArrayList<>();
    String label = null;
    for (String line : session.details()) {
      Matcher numbered = NUMBERED.matcher(line);
      if (!numbered.find()) {
        continue;
      }
      String word = numbered.group(1).toLowerCase(Locale.ROOT);
      Matcher amount = AMOUNT.matcher(line);
      if (!amount.find() || amount.find() || label != null && !label.equals(word)) {
        continue; // no amount or two: no price of its own; another label: another list
      }
      label = word;
      amount.reset().find();
      String whole = amount.group(1) != null ? amount.group(1) : amount.group(3);
      String cents = amount.group(1) != null ? amount.group(2) : amount.group(4);
      items.add(new Item(line.strip(), Double.parseDouble(whole.replace(".", "") + (cents == null ? "" : "." + cents))));
    }
    return items.size() >= 2 ? items : List.of();
  }

  /** {@code how}: "duurst", "goedkoopst", "onder:N", "boven:N" or "vanaf:N". */
  static Optional<Written> answer(Session session, String how) {
    List<Item> items = of(session);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String at = "Bij " + DutchText.placed(session);
    if (how.equals("duurst") || how.equals("goedkoopst")) {
      boolean dearest = how.equals("duurst");
      Comparator<Item> byPrice = Comparator.comparingDouble(Item::euros);
      double extreme = (dearest ? items.stream().max(byPrice) : items.stream().min(byPrice)).orElseThrow().euros();
      List<String> found = items.stream().filter(i -> i.euros() == extreme).map(Item::line).toList();
      return Optional.of(Written.text(at + " is het " + (dearest ? "duurst" : "goedkoopst") + ": "
          + String.join(" ", found)).turningTo(List.of(session)));
    }
    int limit = Integer.parseInt(how.substring(how.indexOf(':') + 1));
    List<Item> found = items.stream().filter(i -> how.startsWith("onder:") ? i.euros() < limit
        : how.startsWith("vanaf:") ? i.euros() >= limit : i.euros() > limit)
        .sorted(Comparator.comparingDouble(Item::euros)).toList();
    String head = (how.startsWith("onder:") ? "minder dan" : how.startsWith("vanaf:") ? "vanaf" : "meer dan")
        + " € " + limit;
    if (found.isEmpty()) {
      return Optional.of(Written.text(at + " kost niets " + head + ".").turningTo(List.of(session)));
    }
    return Optional.of(Written.text(at + ", " + head + ":\n" + String.join("\n", DutchText.limited(
        found.stream().map(i -> "• " + i.line()).toList(), ""))).turningTo(List.of(session)));
  }
}
