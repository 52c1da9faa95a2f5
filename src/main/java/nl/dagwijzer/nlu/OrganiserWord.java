package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.programme.Programme;

/**
 * "welke sprekers komen van buiten het bedrijf?" on a day its company organises: "het bedrijf" (or "de organisatie")
 * is the organiser, when speakers of the programme work there, so the question leaves those out.
 */
final class OrganiserWord {
  private static final Set<String> NOUNS = Set.of("bedrijf", "organisatie", "organisator", "werkgever");
  private static final Set<String> ARTICLES = Set.of("het", "de", "ons", "onze");

  private OrganiserWord() {
  }

  static List<Span> mark(List<String> tokens, List<Span> spans, Programme programme) {
    // (the organiser is looked up among the speakers only for a question that says "buiten")
    if (!tokens.contains("buiten")) {
      return spans;
    }
    Optional<String> organiser = organiser(programme);
    if (organiser.isEmpty()) {
      return spans;
    }
    // "van buiten de stichting" when Stichting Helder Schrijven organises: its kind says which one
    String kind = organiser.get().toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
    for (int i = 2; i < tokens.size(); i++) {
      int at = i;
      boolean ownKind = tokens.get(i).equals(kind) && spans.stream().allMatch(s -> s.from() > at || s.to() <= at
          || s.entity().type() == EntityType.ORGANISATION && s.entity().id().startsWith("kind:"));
      if ((NOUNS.contains(tokens.get(i)) && spans.stream().noneMatch(s -> s.from() <= at && s.to() > at) || ownKind)
          && ARTICLES.contains(tokens.get(i - 1)) && tokens.get(i - 2).equals("buiten")) {
        List<Span> marked = new ArrayList<>(spans);
        marked.removeIf(s -> s.from() <= at && s.to() > at);
        marked.add(new Span(i - 1, i + 1, new Entity(EntityType.ORGANISATION, organiser.get(),
            tokens.get(i - 1) + " " + tokens.get(i))));
        marked.sort(Comparator.comparingInt(Span::from));
        return marked;
      }
    }
    return spans;
  }

  /** The organiser as the organisation some speakers give, when it is one. */
  private static Optional<String> organiser(Programme programme) {
    String name = programme.event().organiser();
    return name == null || name.isBlank() ? Optional.empty() : programme.speakers().stream()
        .map(s -> s.organisation()).filter(o -> o.equalsIgnoreCase(name.strip())).findFirst();
  }
}
