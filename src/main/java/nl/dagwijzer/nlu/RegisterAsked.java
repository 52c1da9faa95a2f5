package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "moet ik me vooraf aanmelden voor het open podium?", "moet ik boekbinden vooraf boeken?": whether one must register,
 * which a description says ("Aanmelden is verplicht en kan alleen vooraf via de website", "Gratis, zonder
 * aanmelding"). Read with the {@link Detail} {@link #ASKED}, and {@link #BEFOREHAND} when it asks for
 * registering before the day ("vooraf", "van tevoren"), which registering on the spot does not meet.
 */
public final class RegisterAsked {
  public static final String ASKED = "aanmelden-verplicht";
  public static final String BEFOREHAND = "aanmelden-vooraf";
  /** "kan ik me vooraf online aanmelden?": whether one can register beforehand, not whether one must. */
  public static final String CAN = "aanmelden-kan";
  private static final Set<String> MUST = Set.of("moet", "moeten", "hoef", "hoeft", "hoeven");
  private static final Set<String> ABLE = Set.of("kan", "kun", "kunnen");
  private static final Set<String> AHEAD = Set.of("vooraf", "tevoren", "vantevoren", "online");
  private static final Set<String> REGISTER = Set.of("aanmelden", "inschrijven", "reserveren", "opgeven", "boeken",
      "registreren");

  private RegisterAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    boolean able = !tokens.isEmpty() && ABLE.contains(tokens.get(0)) && tokens.stream().anyMatch(AHEAD::contains);
    if (tokens.size() < 3 || !MUST.contains(tokens.get(0)) && !able || tokens.stream().noneMatch(REGISTER::contains)
        || query.asked() != Asked.YESNO && query.asked() != Asked.UNKNOWN || query.all(Condition.About.class).stream()
        .noneMatch(c -> c.entity().type() == EntityType.SESSION || SeriesNames.isSeries(c.entity()))) {
      return query; // (the day's own sentence on registering is quoted as any other's)
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(ASKED));
    if (tokens.contains("vooraf") || tokens.contains("tevoren") || tokens.contains("vantevoren")) {
      conditions.add(new Detail(BEFOREHAND));
    }
    if (able) {
      conditions.add(new Detail(CAN));
    }
    return query.withConditions(conditions); // (what it asks stays: with nothing to say, it is answered as before)
  }
}
