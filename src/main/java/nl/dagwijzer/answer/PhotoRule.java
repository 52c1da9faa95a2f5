package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.PhotoAsked;
import nl.dagwijzer.programme.Session;

/**
 * "mag ik foto's maken bij de zilvertentoonstelling?" against "Fotograferen zonder flits is toegestaan": yes, with that
 * sentence; "mag k fotos maken in de rechtszaal?" against "Fotograferen en filmen in de zittingszaal is niet
 * toegestaan": no. The sessions named, or those whose title or room the place names, then the day's own sentence;
 * when no text speaks of photos the question is left to the other answers (the programme does not say).
 */
final class PhotoRule {
  private static final Pattern PHOTO = Pattern.compile("(?iu)\\b(fotograf\\p{L}*|film(en|t)|foto's)\\b");
  private static final Pattern PERMITS = Pattern.compile("(?iu)\\b(toegestaan|verboden|mag|mogen|niet|welkom)\\b");
  private static final Set<String> NOT = Set.of("niet", "geen", "verboden", "nooit");
  private static final Pattern CLAUSES = Pattern.compile("[;:]|,\\s(?=(maar|in|bij)\\s)");

  private PhotoRule() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> place = PhotoAsked.place(a.query());
    if (place.isEmpty()) {
      return Optional.empty();
    }
    for (Session session : places(a, place.get())) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (rule(sentence)) {
          return Optional.of(Written.text(judged(sentence, "") + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    // "mag ik foto's maken in de productiehal?" where only a tour says "Fotograferen in de productiehal is niet
    // toegestaan": the rule that names the place, of whichever session
    String where = place.get();
    Optional<DescriptionIndex.Sentence> said = where.length() < 4 ? Optional.empty() : a.index().descriptions().all()
        .stream().filter(t -> rule(t.text()) && t.text().toLowerCase(Locale.ROOT).contains(where)).findFirst();
    if (said.isPresent()) {
      return Optional.of(Written.text(judged(said.get().text(), where) + Descriptions.from(said.get().session(),
          said.get().text())).turningTo(List.of(said.get().session())));
    }
    return DescriptionIndex.sentences(a.programme().event().summary()).stream()
        .filter(PhotoRule::rule).findFirst()
        .map(s -> Written.text(judged(s, place.get()) + Descriptions.fromDay(s)));
  }

  /** A sentence that allows or forbids photos, not one that says where they are put afterwards. */
  private static boolean rule(String sentence) {
    return PHOTO.matcher(sentence).find() && PERMITS.matcher(sentence).find();
  }

  /** The sessions named, else those whose title or room has the place's word or its last noun ("zaal"). */
  private static List<Session> places(Answering a, String place) {
    boolean named = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type()
        == EntityType.SESSION || c.entity().type() == EntityType.ROOM || c.entity().type() == EntityType.PART);
    if (named && !a.selection().subject().isEmpty()) {
      return a.selection().subject();
    }
    List<Session> found = new ArrayList<>();
    if (place.length() < 4) {
      return found;
    }
    String head = nl.dagwijzer.nlu.Gazetteer.ROOM_WORDS.stream().filter(place::endsWith).findFirst().orElse(place);
    for (Session session : a.programme().sessions()) {
      List<String> words = new ArrayList<>(a.index().descriptions().tokens(session.title()));
      session.room().ifPresent(r -> words.addAll(a.index().descriptions().tokens(r)));
      // ("zilvertentoonstelling" for "Tentoonstelling 'Zilver ...'", "show" for "Kampioenenshow")
      if (words.stream().anyMatch(w -> w.equals(place) || w.endsWith(head) || w.length() >= 6 && place.endsWith(w))) {
        found.add(session);
      }
    }
    return found;
  }

  /** "Nee, " when the clause about photos (the one with the place, if given) says not, else "Ja, ". */
  private static String judged(String sentence, String place) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    List<String> clauses = List.of(CLAUSES.split(lower));
    String clause = clauses.stream().filter(c -> !place.isEmpty() && c.contains(place)).findFirst()
        .orElse(clauses.stream().filter(c -> PHOTO.matcher(c).find()).findFirst().orElse(lower));
    boolean not = java.util.Arrays.stream(clause.split("[^\\p{L}]+")).anyMatch(NOT::contains);
    return not ? "Nee, " : "Ja, ";
  }
}
