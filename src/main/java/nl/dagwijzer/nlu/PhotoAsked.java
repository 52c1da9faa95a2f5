package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "mag ik foto's maken in de tentoonstelling?", "mag k fotos maken in de rechtszaal?", "mag ik filmen tijdens het
 * concert?": whether taking photos is allowed there, read as the {@link Detail} {@code fotograferen:<place>} (the last
 * word of what follows "in", "bij", "tijdens" or "van"; empty when nothing does).
 */
public final class PhotoAsked {
  private static final String PREFIX = "fotograferen:";
  private static final Set<String> PHOTO = Set.of("foto", "fotos", "foto's", "fotootjes");
  private static final Set<String> VERBS = Set.of("fotograferen", "filmen");
  private static final Set<String> PLACES = Set.of("in", "bij", "tijdens", "van", "op");
  private static final Set<String> PERMIT = Set.of("mag", "mogen");
  /** A text that allows or forbids photos: "Fotograferen zonder flits is toegestaan". */
  private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("(?iu)\\b(fotograf\\p{L}*|"
      + "film(en|t)|foto's)\\b[^.;]*\\b(toegestaan|verboden|mag|mogen)\\b|\\b(mag|mogen)\\b[^.;]*\\b(fotograf"
      + "\\p{L}*|filmen)\\b");

  private PhotoAsked() {
  }

  static Query read(Query query, List<String> tokens, nl.dagwijzer.programme.Programme programme) {
    int photo = -1;
    for (int k = 0; k < tokens.size() && photo < 0; k++) { // ("op de foto", "foto's kopen": no photos taken)
      boolean taking = VERBS.contains(tokens.get(k)) || PHOTO.contains(tokens.get(k)) && tokens.subList(k + 1,
          Math.min(tokens.size(), k + 3)).contains("maken"); // "foto's" may come as "foto" and "s"
      photo = taking ? k : -1;
    }
    if (photo < 0 || tokens.isEmpty() || !PERMIT.contains(tokens.get(0))) {
      return query;
    }
    String place = "";
    for (int k = photo + 1; k < tokens.size(); k++) {
      if (PLACES.contains(tokens.get(k))) {
        int end = k + 1;
        while (end < tokens.size() && !PLACES.contains(tokens.get(end))) {
          end++;
        }
        place = end > k + 1 ? tokens.get(end - 1) : "";
        break;
      }
    }
    List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PREFIX + place));
    // a yes or no the programme can answer only when a text of it allows or forbids photos
    return (ruled(programme) ? query.withAsked(Asked.YESNO) : query).withConditions(conditions);
  }

  private static boolean ruled(nl.dagwijzer.programme.Programme programme) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(programme.event().summary()),
        programme.sessions().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
        s.summary()), s.details().stream()))).anyMatch(t -> RULE.matcher(t).find());
  }

  /** The place asked about ("" for none), if the question asks whether one may take photos. */
  public static Optional<String> place(Query query) {
    return query.all(Detail.class).stream().map(Detail::word).filter(w -> w.startsWith(PREFIX))
        .map(w -> w.substring(PREFIX.length())).findFirst();
  }
}
