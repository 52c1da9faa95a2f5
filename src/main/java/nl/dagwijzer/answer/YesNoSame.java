package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "is de eerste halte het schoolplein?": no when the two sessions named are two, with both; "is de picknick op het
 * sportpark?": yes when the first is in the room of the second, else where each is; "is de kleuterdans ook in de
 * avondvoorstelling?": whether it is in that part of the day ({@link OpenedParts}).
 */
final class YesNoSame {
  private YesNoSame() {
  }

  static Optional<Written> answer(Answering a) {
    boolean same = a.query().hasDetail(Detail.SAME);
    boolean place = a.query().hasDetail(Detail.SAME_PLACE);
    List<Condition.About> abouts = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION).toList();
    if (!same && !place || abouts.isEmpty()) {
      return Optional.empty();
    }
    // the first name is one session; the second may name several ("het park": two visits to it)
    String firstName = abouts.get(0).entity().text();
    Optional<Session> one = a.programme().session(abouts.get(0).entity().id());
    List<Session> others = abouts.stream().filter(c -> !c.entity().text().equals(firstName))
        .flatMap(c -> a.programme().session(c.entity().id()).stream()).distinct().limit(3).toList();
    if (one.isEmpty() || others.isEmpty() || others.contains(one.get())) {
      return Optional.empty();
    }
    Session first = one.get();
    Session second = others.get(0);
    // "is de kleuterdans ook in de avondvoorstelling?": whether the session is in that whole part, at its time there
    Optional<List<Session>> part = place ? abouts.stream().filter(c -> !c.entity().text().equals(firstName))
        .map(c -> a.index().openedParts().named(c.entity())).flatMap(Optional::stream).findFirst() : Optional.empty();
    if (part.isPresent()) {
      List<Session> named = abouts.stream().filter(c -> c.entity().text().equals(firstName))
          .flatMap(c -> a.programme().session(c.entity().id()).stream()).toList();
      Optional<Session> inside = named.stream().filter(part.get()::contains).findFirst();
      return Optional.of(inside.map(s -> Written.text("Ja, " + a.whenAndWhere(s) + ".").turningTo(List.of(s)))
          .orElseGet(() -> Written.text("Nee, " + a.whenAndWhere(first) + ".").turningTo(List.of(first))));
    }
    if (same) {
      return Optional.of(Written.text("Nee, " + a.whenAndWhere(first) + "; " + a.whenAndWhere(second) + ".")
          .turningTo(List.of(first, second)));
    }
    boolean there = first.room().isPresent() && others.stream().anyMatch(o -> o.room().equals(first.room()));
    List<String> rooms = others.stream().flatMap(o -> o.room().stream()).distinct().toList();
    String elsewhere = there || rooms.isEmpty() ? ""
        : "; " + DutchText.name(second) + " is in " + DutchText.join(rooms);
    return Optional.of(Written.text((there ? "Ja, " : "Nee, ") + a.whenAndWhere(first) + elsewhere + ".")
        .turningTo(List.of(first)));
  }
}
