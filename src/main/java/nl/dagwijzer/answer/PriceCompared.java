package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "welke afstand is het duurst?", "welke lopen kosten minder dan 15 euro?": the sessions (of the kind asked, or of the
 * day) compared by the price a sentence of their description gives ("Inschrijven kost € 25."), with that sentence.
 */
final class PriceCompared {
  private static final Pattern AMOUNT = Pattern.compile("€\\s*(\\d+(?:[.,]\\d{1,2})?)|(\\d+(?:,\\d{1,2})?)\\s*euro");
  /** A sentence about what taking part costs; not a surcharge, a discount or a prize. */
  private static final Pattern PAYING = Pattern.compile("\\b(kost|kosten|prijs|entree|toegang|deelname|deelnemen"
      + "|inschrijven|inschrijfgeld|inschrijving|ticket|tickets|kaartje|kaartjes|betaal|betaalt|betalen|bijdrage"
      + "|tarief|materiaalkosten)\\b");
  private static final Pattern NOT_PAYING = Pattern.compile("toeslag|korting|waardebon|prijzengeld|winnaar|extra");
  private static final Pattern FREE = Pattern.compile("\\bgratis\\b");

  private record Priced(Session session, double euros, String sentence) {
  }

  private PriceCompared() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = a.query().all(Detail.class).stream().flatMap(d -> d.price().stream()).findFirst();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    if (a.selection().named() && a.selection().subject().size() == 1) {
      // "welke kavel is het duurst?" of the one auction: its numbered lots
      Optional<Written> items = PricedItems.answer(a.selection().subject().get(0), asked.get());
      if (items.isPresent()) {
        return items;
      }
    }
    boolean kind = a.selection().named() && a.selection().subject().size() >= 2;
    List<Session> among = kind ? a.selection().subject() : WordOfOne.of(a).orElse(a.programme().sessions());
    List<Priced> priced = new ArrayList<>();
    for (Session session : among) {
      price(session, kind).filter(p -> priced.stream().noneMatch(q -> q.session().title()
          .equals(session.title()))).ifPresent(priced::add);
    }
    if (priced.size() < 2) {
      return Optional.empty();
    }
    String how = asked.get();
    if (how.equals("duurst") || how.equals("goedkoopst")) {
      boolean dearest = how.equals("duurst");
      double extreme = dearest ? priced.stream().mapToDouble(Priced::euros).max().orElseThrow()
          : priced.stream().mapToDouble(Priced::euros).min().orElseThrow();
      List<Priced> found = priced.stream().filter(p -> p.euros() == extreme).toList();
      String text = "Het " + (dearest ? "duurst" : "goedkoopst") + " is " + lines(found, " en ") + ".";
      // "is de boottocht duurder dan de wandeling?": yes when the first named is the one, with the prices
      Optional<String> first = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
          .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION).findFirst()
          .flatMap(c -> a.programme().session(c.entity().id())).map(Session::title);
      if (a.query().asked() == nl.dagwijzer.nlu.Asked.YESNO && first.isPresent() && found.size() == 1) {
        text = (found.get(0).session().title().equals(first.get()) ? "Ja, " : "Nee, ") + DutchText.lowerFirst(text);
      }
      return Optional.of(Written.text(text).turningTo(found.stream().map(Priced::session).toList()));
    }
    boolean below = how.startsWith("onder:");
    boolean from = how.startsWith("vanaf:");
    boolean paid = how.equals("betaald");
    boolean same = how.startsWith("is:");
    // ("betaald": anything but free, the same as "meer dan € 0")
    int limit = paid ? 0 : Integer.parseInt(how.substring(how.indexOf(':') + 1));
    List<Priced> found = priced.stream().filter(p -> below ? p.euros() < limit : from ? p.euros() >= limit
        : same ? p.euros() == limit : p.euros() > limit).sorted(Comparator.comparingDouble(Priced::euros)).toList();
    String head = paid ? "Betalen moet je voor" : same ? "€ " + limit : from ? "Vanaf € " + limit
        : (below ? "Minder" : "Meer") + " dan € " + limit;
    if (found.isEmpty()) {
      Comparator<Priced> cheap = Comparator.comparingDouble(Priced::euros);
      Priced nearest = below ? priced.stream().min(cheap).orElseThrow() : priced.stream().max(cheap).orElseThrow();
      if (paid || same) {
        return Optional.of(Written.text("Niets op het programma kost " + (paid ? "geld" : "€ " + limit)
            + "; met een prijs: " + lines(priced, "; ") + "."));
      }
      return Optional.of(Written.text(head + " kost niets op het programma; het " + (below ? "goedkoopst" : "duurst")
          + " is " + line(nearest) + ".").turningTo(List.of(nearest.session())));
    }
    List<String> items = found.stream().map(p -> "• " + line(p) + ".").toList();
    return Optional.of(Written.text(head + (paid ? ":\n" : " kosten:\n") + String.join("\n",
        DutchText.limited(items, "")))
        .turningTo(found.stream().map(Priced::session).toList()));
  }

  private static String lines(List<Priced> found, String separator) {
    return String.join(separator, found.stream().map(PriceCompared::line).toList());
  }

  private static String line(Priced p) {
    String sentence = p.sentence().strip();
    return DutchText.name(p.session()) + " (" + DutchText.range(p.session()) + "): "
        + (sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence);
  }

  /** The session's first sentence that says what taking part costs, and the amount. */
  private static Optional<Priced> price(Session session, boolean kind) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (NOT_PAYING.matcher(lower).find()) {
        continue;
      }
      Matcher amount = AMOUNT.matcher(lower);
      // ("€12,50 per persoon, inclusief een bol wol": a detail line that starts with its price is one)
      if (amount.find() && (PAYING.matcher(lower).find() || amount.start() == 0)) {
        String digits = amount.group(1) != null ? amount.group(1) : amount.group(2);
        return Optional.of(new Priced(session, Double.parseDouble(digits.replace(".", "").replace(',', '.')),
            sentence));
      }
      // "Deelname is gratis": free, of a kind asked or said of taking part
      if (FREE.matcher(lower).find() && (kind || PAYING.matcher(lower).find())) {
        return Optional.of(new Priced(session, 0, sentence));
      }
    }
    return Optional.empty();
  }
}
