package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.PassesAsked;
import nl.dagwijzer.programme.Session;

/**
 * "komt de 25 km langs bosbad?": yes with the sentence of the route that names the place; no when only another
 * session names it ("Bosbad" on the 60 km route), with that sentence or where that session is; no when nothing does.
 */
final class PassesBy {
  private static final java.util.regex.Pattern ROUTE = java.util.regex.Pattern.compile("(?iu)\\b(route\\p{L}*|"
      + "\\p{L}*tocht\\p{L}*|langs)\\b");
  private PassesBy() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> place = PassesAsked.place(a.query());
    if (place.isEmpty()) {
      return Optional.empty();
    }
    DescriptionIndex descriptions = a.index().descriptions();
    List<String> words = descriptions.tokens(place.get()).stream().filter(w -> w.length() >= 3).toList();
    // the route: what the question names before "langs", not the place after it
    Groups groups = new Groups(a.index());
    a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.SESSION
        || c.entity().type() == EntityType.PART).filter(c -> descriptions.tokens(c.entity().text()).stream()
        .noneMatch(words::contains))
        .forEach(c -> groups.add(c.entity(), new LinkedHashSet<>(), new ArrayList<>(), new ArrayList<>()));
    List<Session> route = groups.isEmpty() ? List.of() : groups.union();
    if (route.isEmpty() || words.isEmpty()) {
      return Optional.empty();
    }
    java.util.function.Predicate<String> naming = text -> words.stream()
        .allMatch(w -> DescriptionIndex.mentions(descriptions.tokens(text), w));
    Optional<Written> on = Descriptions.firstSaying(route, naming);
    if (on.isPresent()) { // ("De Noordstar ligt niet aan de route" names it to say no)
      boolean not = descriptions.tokens(on.get().text()).stream().anyMatch(t -> t.equals("niet") || t.equals("geen"));
      return Optional.of(Written.text((not ? "Nee, " : "Ja, ") + DutchText.lowerFirst(on.get().text())));
    }
    String not = "Nee, de beschrijving van " + DutchText.name(route.get(0)) + route.get(0).room().map(r -> " (in "
        + r + ")").orElse("") + " noemt ‘" + place.get() + "’ niet";
    List<Session> others = a.programme().sessions().stream().filter(s -> !route.contains(s)).toList();
    // another route first: the 60 km whose "Verzorgingsposten: ... Bosbad (km 41)" passes it; then a sentence about
    // routes ("De Noordstar ligt niet aan de route"); then where a session of that name is; then any that names it
    List<String> routeWords = descriptions.tokens(route.get(0).title());
    List<Session> alike = others.stream().filter(s -> descriptions.tokens(s.title()).stream()
        .anyMatch(w -> w.length() >= 2 && routeWords.contains(w))).toList();
    Optional<Written> elsewhere = Descriptions.firstSaying(alike, naming).or(() -> Descriptions.firstSaying(others,
        naming.and(text -> ROUTE.matcher(text).find())));
    Optional<Session> titled = others.stream().filter(s -> naming.test(s.title())
        || s.room().filter(naming).isPresent()).findFirst();
    if (elsewhere.isEmpty() && titled.isPresent()) { // "de japanse tuin" is a garden of its own, somewhere else
      return Optional.of(Written.text(not + "; " + a.whenAndWhere(titled.get()) + "."));
    }
    return Optional.of(Written.text(not + elsewhere.or(() -> Descriptions.firstSaying(others, naming))
        .map(w -> "; wel " + DutchText.lowerFirst(w.text())).orElse(".")));
  }
}
