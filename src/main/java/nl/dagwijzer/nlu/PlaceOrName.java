package nl.dagwijzer.nlu;

import java.util.List;

/**
 * Words that name both a place and something else ("stadhuis" is where rooms are and a word of "Busrit terug naar
 * het stadhuis"; "Eemwerk" a place and an organisation), or a series and organisations ("ateliers"): which one the
 * question means.
 */
final class PlaceOrName {
  private static final java.util.Set<String> IS = java.util.Set.of("is", "gebeurt", "staat", "zijn");

  private PlaceOrName() {
  }

  /** Keeps in {@code same}, the entities of {@code span}, the place or the other names. */
  static void choose(List<String> tokens, List<Span> spans, Span span, List<Entity> same) {
    boolean bij = WordsBefore.precededBy(tokens, span.from(), "bij")
        && spans.stream().noneMatch(x -> x.entity().type() == EntityType.SPEAKER);
    // "wat is er allemaal in de moskee?": nothing else named, the place is what is asked about
    boolean alone = spans.stream().allMatch(x -> x.from() == span.from())
        && same.stream().noneMatch(e -> e.type() == EntityType.SESSION);
    // "wat is het adres van de moskee?": the address of the place
    boolean address = alone && tokens.contains("adres") && span.from() > 0 && tokens.get(span.from() - 1)
        .matches("de|het") && span.from() > 1 && tokens.get(span.from() - 2).equals("van");
    // "wat is er in de kinderhoek?" where the corner is a room and a session in it: all that is in that room
    // (not "wat is er te doen in de kinderhoek?", what the session offers; nor "wat volgt er op ...")
    boolean whatIsIn = tokens.size() > 3 && tokens.get(0).equals("wat") && IS.contains(tokens.get(1))
        && tokens.get(2).equals("er") && !tokens.contains("te")
        && spans.stream().allMatch(x -> x.from() == span.from());
    if (same.stream().anyMatch(e -> e.type() == EntityType.ROOM) && ((placed(spans, span) || alone || whatIsIn)
        && (WordsBefore.placeBefore(tokens, span.from()) || bij || address)
        || bij && same.stream().noneMatch(e -> e.type() == EntityType.SESSION))) {
      // "lunchen we in het stadhuis?", "is de lunch bij Eemwerk?": the place, not a session or organisation
      // that shares its name
      same.removeIf(e -> e.type() != EntityType.ROOM);
    } else if (same.stream().anyMatch(e -> e.type() == EntityType.ROOM) && same.stream().allMatch(e -> e.type()
        == EntityType.ROOM || e.type() == EntityType.EVENT) && WordsBefore.placeBefore(tokens, span.from())) {
      // "wat is er om 15:00 in de kazernehal?" at the Brandweerkazerne: the hall, not the day
      same.removeIf(e -> e.type() == EntityType.EVENT);
    } else if (same.stream().anyMatch(e -> e.type() != EntityType.ROOM)) {
      same.removeIf(e -> e.type() == EntityType.ROOM); // "terug bij het stadhuis": the bus ride back there
    }
    seriesOverOrganisations(same);
    kindAsked(tokens, span, same);
    generalNoun(tokens, span, same);
  }

  /**
   * "met welke groepen treedt Lotte op?", "hoeveel groepen treden er op?" beside "Slotnummer met alle groepen": a
   * general noun after "welke" or "hoeveel" is the kind of thing counted or listed, not the one title that has it.
   */
  private static void generalNoun(List<String> tokens, Span span, List<Entity> same) {
    boolean asking = span.from() > 0 && (tokens.get(span.from() - 1).equals("welke")
        || tokens.get(span.from() - 1).equals("hoeveel"));
    // not people: "hoeveel medewerkers praten mee?" counts those of "Gesprek met medewerkers"
    if (asking && span.to() == span.from() + 1 && ThingCount.GENERAL.contains(tokens.get(span.from()))
        && !CueWords.PEOPLE_NOUNS.contains(tokens.get(span.from())) && !tokens.get(span.from()).startsWith("colleg")
        && !tokens.get(span.from()).equals("medewerkers")
        && same.size() == 1 && same.get(0).type() == EntityType.SESSION) {
      same.clear();
    }
  }

  /**
   * Whether something else is named that {@code place} can be the place of ("is de lunch bij Eemwerk?", "wat is er
   * tussen 13:00 en 14:00 in de Grote Kerk?" where the church is also a choir's organisation).
   */
  private static boolean placed(List<Span> spans, Span place) {
    return spans.stream().anyMatch(x -> x.from() != place.from() && (x.entity().type() == EntityType.SESSION
        || x.entity().type() == EntityType.PART || x.entity().type() == EntityType.PERIOD
        || x.entity().type() == EntityType.ROUND || x.entity().type() == EntityType.TIME));
  }

  /**
   * "welke ateliers zijn er om 15:00 open?" where the titles make a series "Open atelier: ..." and two organisations
   * start with "Atelier": the plural names the series, not the people of those organisations; so does the singular
   * when it starts several organisations' names ("welk atelier is het langst open?").
   */
  private static void seriesOverOrganisations(List<Entity> same) {
    // "welke architecten zijn er?" beside "De Graaf & Visser Architecten": the people with that role
    boolean plural = same.stream().anyMatch(e -> e.type() == EntityType.PART && e.id().startsWith("series:")
        && !e.text().equals(e.id().substring("series:".length()))
        || e.type() == EntityType.ROLE && !e.text().equals(e.id()));
    boolean several = same.stream().filter(e -> e.type() == EntityType.ORGANISATION
        && !e.id().startsWith(Gazetteer.ORGANISATION_KIND)).count() > 1;
    if ((plural || several) && same.stream().anyMatch(e -> e.type() != EntityType.ORGANISATION)) {
      same.removeIf(e -> e.type() == EntityType.ORGANISATION);
    }
  }

  /**
   * "welke molen gaat het eerst open?", "hoeveel molens zijn er?" where the titles make a series "... open" and one
   * organisation and its room are called "Molen Fortuna": after "welke" or "hoeveel" the kind, not that one.
   */
  private static void kindAsked(List<String> tokens, Span span, List<Entity> same) {
    boolean asking = span.from() > 0 && java.util.Set.of("welke", "welk", "hoeveel")
        .contains(tokens.get(span.from() - 1));
    if (asking && same.stream().anyMatch(SeriesNames::isSeries)) {
      same.removeIf(e -> e.type() == EntityType.ORGANISATION || e.type() == EntityType.ROOM);
    }
  }
}
