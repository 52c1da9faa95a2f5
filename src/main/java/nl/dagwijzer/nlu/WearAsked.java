package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "wat moet ik aantrekken?", "wat voor kleding trek ik het beste aan?", "is er een dresscode?": what to wear, which
 * a description may say ("Draag sportieve kleding en platte schoenen").
 */
public final class WearAsked {
  /** The detail that says so. */
  public static final String DETAIL = "kleding";
  /** The detail that a dress code is asked for ("is er een dresscode?"), which "Draag dichte schoenen" is not. */
  public static final String CODE = "kleding-code";
  private static final Set<String> CODE_WORDS = Set.of("dresscode", "kledingvoorschrift", "kledingcode");
  private static final Set<String> WORDS = Set.of("aantrekken", "kleding", "kleren", "kledingvoorschrift",
      "dresscode", "kledingcode", "outfit");
  private static final Set<String> PUT_ON = Set.of("trek", "trekt", "trekken");
  private static final Set<String> WEAR = Set.of("draag", "draagt", "dragen");

  private WearAsked() {
  }

  static Optional<Detail> of(List<String> tokens) {
    boolean putOn = tokens.stream().anyMatch(PUT_ON::contains) && tokens.contains("aan");
    boolean wear = tokens.stream().anyMatch(WEAR::contains) && (tokens.contains("wat") || tokens.contains("welke"));
    // ("hoeveel kleuren ...", read as "kleren", counts something else)
    return (putOn || wear || tokens.stream().anyMatch(WORDS::contains)) && !tokens.contains("hoeveel")
        ? Optional.of(new Detail(tokens.stream().anyMatch(CODE_WORDS::contains) ? CODE : DETAIL)) : Optional.empty();
  }
}
