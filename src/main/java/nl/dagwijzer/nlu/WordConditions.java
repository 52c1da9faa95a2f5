package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition.Relation;

/**
 * Conditions a question makes with words rather than names: "nu", "straks", "daarna", "al begonnen", "wie leidt",
 * "dezelfde zaal", and the details that say how to answer ("online", "het adres", "met wie", "zijn telefoonnummer").
 */
final class WordConditions {
  private static final Set<String> REFERRING = Set.of("die", "dat", "hij", "zij", "deze"); // what came before
  /** "bij welk kantoor werkt X?", "bij welke praktijk?": words for where someone works. */
  private static final Set<String> WORK_PLACES = Set.of("kantoor", "praktijk", "bureau",
      "instelling", "instantie", "stichting");
  private static final Set<String> CONTACT = Set.of("telefoonnummer", "nummer", "mail", "mailadres", "email",
      "emailadres", "mobiel", "06", "linkedin", "twitter", "website", "contactgegevens");
  private static final Set<String> PRONOUNS = Set.of("hem", "haar", "hen", "hun", "die", "dat", "deze", "dit",
      "ze", "zij");

  /** Where an online day can be followed: "via Zoom", "via Teams". */
  private static final Set<String> PLATFORMS = Set.of("zoom", "teams", "webex", "youtube", "livestream", "jitsi",
      "skype", "internet", "computer", "laptop", "telefoon");
  private static final Set<String> WITHOUT = Set.of("spreker", "sprekers", "organisatie", "organisaties");
  /** "ik kom om 10:00 binnen": coming in, not indoors. */
  private static final Set<String> ENTERING = Set.of("kom", "komt", "komen", "kwam", "kwamen", "loop", "loopt",
      "lopen", "ga", "gaat", "gaan");
  /** "wat begint er zo meteen?", "wat is er dadelijk?": next, as "straks" is. */
  /** Verbs that make "daarvoor" mean "for that": "moet ik me daarvoor opgeven?". */
  private static final Set<String> FOR_IT = Set.of("aanmelden", "opgeven", "inschrijven", "betalen", "meenemen",
      "reserveren", "nodig");
  private static final Set<String> SOON = Set.of("zometeen", "dadelijk", "zodadelijk");
  private static final Set<String> ADJACENT = Set.of("vlak", "net", "direct", "meteen", "onmiddellijk", "pal");


  private WordConditions() {
  }

  /** "nu", "straks", "daarna", "al begonnen", "wie leidt": conditions from words rather than names. */
  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    boolean[] named = new boolean[tokens.size()];
    spans.forEach(s -> {
      for (int k = s.from(); k < s.to(); k++) {
        named[k] = true;
      }
    });
    boolean hasTime = conditions.stream().anyMatch(c -> c instanceof Condition.At || c instanceof Condition.Between
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.AtNow);
    AskersTime.waiting(tokens).ifPresent(conditions::add);
    if ((tokens.contains("winnen") || PrizeWords.asked(tokens)) && !tokens.contains("wie")) {
      conditions.add(new Detail("te-winnen")); // "wat kun je winnen?", "valt er iets te winnen?": the prizes
    }
    nth(tokens, named).ifPresent(conditions::add);
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k);
      if (ADJACENT.contains(word) && k + 1 < tokens.size()
          && (tokens.get(k + 1).equals("voor") || tokens.get(k + 1).equals("na"))) {
        conditions.add(new Detail("vlak")); // "wat is er vlak voor de slotkeynote?": only the block next to it
        continue;
      }
      if (word.equals("twee") && k >= 2 && tokens.get(k - 1).equals("de") && tokens.get(k - 2).equals("tussen")) {
        conditions.add(new Detail("vlak")); // "tussen de twee presentaties": the first of them and the next one
        continue;
      }
      if ((word.equals("geen") || word.equals("zonder")) && k + 1 < tokens.size()
          && WITHOUT.contains(tokens.get(k + 1))) {
        // "welke sessies hebben geen spreker?", "welke spreker heeft geen organisatie?"
        conditions.add(new Detail("zonder:" + (tokens.get(k + 1).startsWith("organisatie") ? "organisatie"
            : "spreker")));
        continue;
      }
      if (word.equals("zonder") && k + 1 < tokens.size() && YesNoForm.isYesNo(tokens) // ("zonder aanmelden" too)
          && (!CommonWords.WORDS.contains(tokens.get(k + 1)) || SeparableVerbs.registers(List.of(tokens.get(k + 1))))) {
        conditions.add(Detail.absent(tokens.get(k + 1))); // "is er ijs zonder melk?": yes where it says "zonder melk"
      }
      String after = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
      // "in allebei de rondes" says where, not that two things are asked together
      if ((word.equals("tegelijk") || word.equals("tegelijkertijd") || word.equals("gelijktijdig"))
          && (after.equals("met") || after.equals("als") || !YesNoForm.isYesNo(tokens))) {
        continue; // "wat is er tegelijk met X?" is a relation, read from the name after it
      }
      boolean both = canI(tokens) && (word.equals("zowel") || CueWords.THEN.contains(word) && named(named, 0, k)
          && named(named, k + 1, tokens.size()) || word.equals("twee") && k + 1 < tokens.size() && named[k + 1]);
      // "welke workshops zijn in allebei de rondes?": given in each; a yes/no question's rounds are where it is
      boolean rounds = k + 2 < tokens.size() && RoundWords.isPluralRound(tokens.get(k + 2))
          && !YesNoForm.isYesNo(tokens);
      Optional<String> together = together(word)
          .filter(t -> !t.equals("allebei") || !after.equals("de") && !after.equals("het") || rounds)
          .or(() -> both ? Optional.of("allebei") : Optional.empty());
      if (together.isPresent()) {
        // "kan ik X en Y allebei volgen?", "overlappen X en Y?"
        if (conditions.stream().noneMatch(c -> c instanceof Detail d && d.word().equals(together.get()))) {
          conditions.add(new Detail(together.get()));
        }
        continue;
      }
      if (word.equals("daarvan") || word.equals("hiervan") || word.equals("ervan")) {
        conditions.add(new Detail("pronoun")); // "welke daarvan is het kortst?": of what came before
        continue;
      }
      if (named[k]) {
        // "afgelopen" is also a word for the end of the day; in "is de lunch al afgelopen?" it is the lunch's state.
        if (word.equals("afgelopen") || word.equals("voorbij") || word.equals("begonnen") || word.equals("klaar")) {
          conditions.add(new Condition.Progress(!word.equals("begonnen"))); // "is de afsluiting om vijf uur klaar?"
        }
        continue;
      }
      if (CueWords.NOW.contains(word) && !hasTime && !(word.equals("moment") && !precededBy(tokens, k, "dit"))) {
        conditions.add(new Condition.AtNow(0));
        hasTime = true;
      } else if ((CueWords.NEXT.contains(word) && !word.equals("zo") || SOON.contains(word)
          || word.equals("zo") && k + 1 < tokens.size() && (SOON.contains(tokens.get(k + 1))
          || tokens.get(k + 1).equals("meteen"))) && !hasTime) {
        conditions.add(new Condition.AfterNow());
        hasTime = true;
      } else if ((word.equals("na") || word.equals("voor") && tokens.stream().noneMatch(CountedPeople::child))
          && k + 1 < tokens.size() && PRONOUNS.contains(tokens.get(k + 1)) && (k + 2 >= tokens.size() || !named[k + 2]
          && !tokens.get(k + 2).equals("van"))) {
        // "en wie komt er na hen?": after what the conversation was about ("mijn dochter is 8, is er iets voor haar?"
        // is for the child)
        conditions.add(new Condition.Relative(word.equals("na") ? Relation.AFTER : Relation.BEFORE, List.of()));
      } else if ((word.equals("dezelfde") || word.equals("zelfde") || word.equals("diezelfde") || word.equals("die")
          && k > 0 && tokens.get(k - 1).equals("in")) && k + 1 < tokens.size()
          && CueWords.ROOM_NOUNS.contains(tokens.get(k + 1))) {
        conditions.add(new Condition.SameRoom());
      } else if (word.equals("al") && k > 0 && tokens.get(k - 1).equals("het") && k + 1 < tokens.size()
          && named[k + 1] && conditions.stream().noneMatch(c -> c instanceof Condition.Progress)) {
        conditions.add(new Condition.Progress(false)); // "is het al lunchtijd?"
      } else if (word.equals("online") && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        conditions.add(new Detail("online"));
      } else if ((word.equals("buiten") || word.equals("binnen") && tokens.stream().noneMatch(ENTERING::contains))
          && !(tokens.contains("buiten") && tokens.contains("binnen")) && (k + 1 == tokens.size() || !named[k + 1]
          && !tokens.get(k + 1).chars().allMatch(Character::isDigit) && !tokens.get(k + 1).equals("de")
          && !tokens.get(k + 1).equals("het"))) {
        conditions.add(new Detail(word)); // "wat is er buiten?", "is de dansclinic buiten?": outdoors or in

      } else if ((word.equals("in") || word.equals("via") || word.equals("op")) && k >= 2 && aboutTheDay(tokens, k)
          && k + 1 < tokens.size()
          && (!named[k + 1] || k == 2) && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        // "is het in Ede?" asks where the day is, even when Ede is also in an organisation's name
        conditions.add(Detail.place(placeAfter(tokens, k + 1))); // "is het in zwolle?", "via teams?"
      } else if (word.equals("in") && tokens.get(0).equals("is") && k + 1 < tokens.size() && dayBefore(spans, k)
          && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        // "is de wijkavond in buurtcentrum De Boog?", "is de inwerkdag in het stadhuis?": where the day is
        conditions.add(Detail.place(placeAfter(tokens, k + 1)));
      } else if (word.equals("via") && k + 1 < tokens.size() && PLATFORMS.contains(tokens.get(k + 1))
          && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        conditions.add(Detail.place(tokens.get(k + 1))); // "kan ik via Zoom meedoen?"
      } else if ((word.startsWith("organisatie") || word.equals("bedrijf") || word.equals("werkgever")
          || word.equals("partij") || WORK_PLACES.contains(word) && (precededBy(tokens, k, "welk")
          || precededBy(tokens, k, "welke"))) && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        conditions.add(new Detail("organisatie"));
      } else if ((word.equals("samen") || word.equals("totaal") || word.equals("elkaar") && precededBy(tokens, k, "bij")
          || word.equals("met") && k + 1 < tokens.size()
          && tokens.get(k + 1).equals("wie")) && conditions.stream().noneMatch(c -> c instanceof Detail d
          && d.word().equals("samen"))) {
        conditions.add(new Detail("samen")); // "met wie zit X aan tafel?": the others in X's sessions
      } else if (word.equals("hele") && k + 1 < tokens.size() && Detail.STRETCHES.contains(tokens.get(k + 1))
          && tokens.size() > 0 && CueWords.YES_NO_VERBS.contains(tokens.get(0))) {
        // "is de ergotherapeut er de hele dag?", "is de digid-hulp de hele middag?"
        conditions.add(tokens.get(k + 1).equals("dag") || tokens.get(k + 1).equals("tijd")
            ? new Detail(Detail.WHOLE_DAY) : Detail.wholeStretch(tokens.get(k + 1)));
      } else if (word.equals("hele") && k + 1 < tokens.size() && Detail.STRETCHES.contains(tokens.get(k + 1))
          && QuestionForm.startsWith(tokens, "wat")) {
        conditions.add(Detail.wholeStretch(tokens.get(k + 1))); // "wat loopt er de hele middag door?"
        conditions.removeIf(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0); // not "loopt er nu"
        hasTime = true;
      } else if (CONTACT.contains(word)) {
        conditions.add(Detail.contact(word));
      } else if (REFERRING.contains(word) && (k > 0 && CueWords.YES_NO_VERBS.contains(tokens.get(k - 1))
          || beforeSeries(spans, k)) && !YesNoForm.askedAfter(tokens) || lastingNow(tokens, k)
          || PersonPronoun.she(tokens, k)) {
        conditions.add(new Detail("pronoun")); // "is die ook 's ochtends?": what came before, not in "filmen mag dat?"
      } else if ((word.equals("verschillende") || word.equals("unieke") || word.equals("soorten"))
          && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        conditions.add(new Detail("verschillende")); // "hoeveel verschillende workshops": by title
      } else if (CueWords.THEN.contains(word) || thenAlone(tokens, k)) {
        conditions.add(new Condition.Relative(Relation.AFTER, List.of()));
      } else if ((word.equals("ervoor") || word.equals("daarvoor")) && tokens.stream().anyMatch(FOR_IT::contains)) {
        conditions.add(new Detail("pronoun")); // "moet ik me daarvoor aanmelden?": for what came before, not before it
      } else if (word.equals("ervoor") || word.equals("daarvoor") || word.equals("daarvoren")) {
        // "en wat is ervoor?": the block right before what the conversation was about
        conditions.add(new Condition.Relative(Relation.BEFORE, List.of()));
        conditions.add(new Detail("vlak"));
      } else if ((word.equals("begonnen") || word.equals("gestart") || word.equals("bezig") || word.equals("gaande"))
          && !AskersClause.holds(tokens, k)) {
        conditions.add(new Condition.Progress(false)); // (not "als ik net begonnen ben": the asker's own start)
      } else if (word.equals("afgelopen") || word.equals("voorbij") || word.equals("geweest")) {
        conditions.add(new Condition.Progress(true));
      } else if (CueWords.LEADING.contains(word) && conditions.stream().noneMatch(c -> c instanceof Condition.Leading)
          // "wie presenteert er om tien over tien?", "wie presenteert als laatste?": whoever gives that talk, not a host
          && !(word.startsWith("presenteer") && (conditions.stream().anyMatch(c -> c instanceof Condition.At)
          || tokens.contains("als") && (tokens.contains("eerste") || tokens.contains("laatste"))))) {
        conditions.add(new Condition.Leading(word));
      } else if ((word.equals("adres") || CueWords.ROOM_NOUNS.contains(word) && !word.equals("locatie"))
          && conditions.stream().noneMatch(c -> c instanceof Detail)) {
        conditions.add(new Detail(word.equals("adres") ? "adres" : "zaal"));
      }
    }
    PhraseConditions.read(tokens, spans, conditions);
    JoinedKind.read(tokens, spans, conditions);
  }

  /**
   * "en wie geeft de tweede?" after a list: the question ends in an ordinal without a noun, so it picks one of what
   * the conversation was about ({@code nth:2}).
   */
  private static java.util.Optional<Condition> nth(List<String> tokens, boolean[] named) {
    int last = tokens.size() - 1;
    if (last < 1 || named[last] || !(tokens.get(last - 1).equals("de") || tokens.get(last - 1).equals("het"))) {
      return java.util.Optional.empty();
    }
    Integer number = RoundWords.ORDINALS.get(tokens.get(last));
    return number == null || number < 2 ? java.util.Optional.empty()
        : java.util.Optional.of(Detail.nth(number));
  }

  /** "aan die tafel", "in deze break-out": a pointing word before the programme's word for a series. */
  private static boolean beforeSeries(List<Span> spans, int k) {
    return spans.stream().anyMatch(s -> s.from() == k + 1 && SeriesNames.isSeries(s.entity()));
  }

  private static final Set<String> THE_DAY = Set.of("dag", "middag", "avond", "ochtend", "bijeenkomst", "evenement");

  /** "is het in Ede?", "is de dag in Ede?", "het is toch in het stadhuis?": where the day itself is. */
  private static boolean aboutTheDay(List<String> tokens, int at) {
    if (tokens.get(0).equals("is") && (tokens.get(1).equals("het") || tokens.get(1).equals("dit")
        || tokens.get(1).equals("t"))) {
      return true; // "is het webinar ergens op locatie?"
    }
    List<String> before = tokens.subList(0, at).stream().filter(t -> !t.equals("toch") && !t.equals("wel")).toList();
    return before.size() == 2 && before.get(0).equals("het") && before.get(1).equals("is")
        || before.size() == 3 && before.get(0).equals("is") && before.get(1).equals("de")
        && THE_DAY.contains(before.get(2));
  }

  private static Optional<String> together(String word) {
    if (word.equals("allebei") || word.equals("beide") || word.equals("beiden")) {
      return Optional.of("allebei");
    }
    if (word.equals("tegelijk") || word.equals("tegelijkertijd") || word.equals("gelijktijdig")) {
      return Optional.of("overlap"); // "zijn de drie break-outs tegelijk?"; "tegelijk met X" is a relation
    }
    return word.startsWith("overlap") ? Optional.of("overlap") : Optional.empty();
  }

  /** "in het stadhuis" → "stadhuis", "in Den Haag" → "den haag": the place's words, past an article. */
  private static String placeAfter(List<String> tokens, int from) {
    int start = from;
    while (start < tokens.size() - 1 && (tokens.get(start).equals("het") || tokens.get(start).equals("de")
        || tokens.get(start).equals("t"))) {
      start++;
    }
    int end = start + 1;
    while (end < tokens.size() && end < start + 3 && !tokens.get(end).equals("of") && !tokens.get(end).equals("en")) {
      end++;
    }
    return String.join(" ", tokens.subList(start, end));
  }

  private static boolean dayBefore(List<Span> spans, int k) {
    return spans.stream().anyMatch(s -> s.to() == k && (s.entity().type() == EntityType.EVENT
        || s.entity().type() == EntityType.PERIOD)); // "is de avond in De Vonk?"
  }

  /** "kan ik X en daarna Y doen?", "kan ik zowel X als Y bijwonen?", "kan ik aan twee tafels meedoen?". */
  private static boolean canI(List<String> tokens) {
    return tokens.size() > 2 && (tokens.get(0).equals("kan") || tokens.get(0).equals("kun"))
        && (tokens.get(1).equals("ik") || tokens.get(1).equals("je") || tokens.get(1).equals("we"));
  }

  private static boolean named(boolean[] named, int from, int to) {
    for (int k = from; k < to; k++) {
      if (named[k]) {
        return true;
      }
    }
    return false;
  }

  private static boolean precededBy(List<String> tokens, int k, String word) {
    return k > 0 && tokens.get(k - 1).equals(word);
  }

  /** "en dan?", "en verder?": on their own they ask what comes next, like "daarna". */
  private static boolean thenAlone(List<String> tokens, int k) {
    // ("+ en waar dan?": where that is, "dan" a filler after a question word other than "wat")
    return tokens.size() <= 3 && k == tokens.size() - 1 && tokens.get(0).equals("en")
        && (tokens.get(k).equals("dan") || tokens.get(k).equals("verder") || tokens.get(k).equals("vervolgens"))
        && (k != 2 || !Set.of("waar", "wie", "wanneer", "hoelaat").contains(tokens.get(1)));
  }

  /** "hoe lang duurt dit nog?": what is on now, not the rest of the day. */
  private static boolean lastingNow(List<String> tokens, int k) {
    return k > 0 && (tokens.get(k).equals("dit") || tokens.get(k).equals("deze")) && (tokens.get(k - 1).equals("duurt")
        || tokens.get(k - 1).equals("loopt")) && tokens.subList(k, tokens.size()).contains("nog");
  }

}
