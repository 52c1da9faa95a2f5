package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "gaat de wandeling door als het regent?", "wat gebeurt er bij slecht weer?": what happens in bad weather, which only a
 * description may say ("Bij slecht weer: in zaal Esdoorn"). Read as {@link Detail#BAD_WEATHER}, with ":ja-nee" when
 * it asks yes or no.
 */
final class WeatherAsked {
  private static final Set<String> RAIN = Set.of("regent", "regenen", "regen", "onweer", "onweert", "stormt", "storm",
      "sneeuwt", "hagelt", "regenachtig");

  private static final Set<String> STORM = Set.of("storm", "stormt", "onweer", "onweert");

  private WeatherAsked() {
  }

  /** Clouds, which call off what needs a clear sky: "gaat het telescoopkijken door als het bewolkt is?". */
  private static final Set<String> CLOUDS = Set.of("bewolkt", "bewolking", "bewolkte", "mist", "mistig");

  static Optional<Detail> of(List<String> tokens) {
    if (tokens.stream().anyMatch(CLOUDS::contains) && tokens.stream().noneMatch(RAIN::contains)) {
      return Optional.of(new Detail(Detail.BAD_WEATHER + Detail.CLOUDS + (YesNoForm.isYesNo(tokens) ? ":ja-nee"
          : "")));
    }
    boolean bad = tokens.stream().anyMatch(RAIN::contains);
    for (int k = 1; k < tokens.size() && !bad; k++) {
      bad = tokens.get(k).equals("weer") && (tokens.get(k - 1).equals("slecht") || tokens.get(k - 1).equals("slechte"));
    }
    // ("gaat de wandeling door als het regent?" asks yes or no, whatever the classifier made of it)
    boolean storm = tokens.stream().anyMatch(STORM::contains);
    return bad ? Optional.of(new Detail(Detail.BAD_WEATHER + (storm ? Detail.STORM : "")
        + (YesNoForm.isYesNo(tokens) ? ":ja-nee" : ""))) : Optional.empty();
  }
}
