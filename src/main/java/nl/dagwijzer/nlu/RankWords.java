package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * The place in order a question asks: "wat is het tweede onderdeel?" (the second of the day), "de tweede ronde
 * pietengym" and "de tweede keer jobcoaching" (the second time of a session or series given more than once), "de
 * herhaling van domotica" (its second time), and "nieuw" in a round (not given before it). Read as
 * {@link Detail#rank} and {@code nieuw} details for {@link PhraseConditions}.
 */
final class RankWords {
  private static final Set<String> BLOCKS = Set.of("onderdeel", "programmaonderdeel", "sessie", "agendapunt", "punt",
      "activiteit", "programmapunt");

  private RankWords() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      Integer rank = RoundWords.ORDINALS.get(tokens.get(k));
      // ("de tweede ronde pietengym": the word for a round before a session given more than once)
      int after = k + 2 < tokens.size() && tokens.get(k + 1).equals("ronde") ? k + 2 : k + 1;
      boolean kind = spans.stream().anyMatch(s -> s.from() == after && (s.entity().type() == EntityType.PART
          || s.entity().type() == EntityType.SESSION));
      if (conditions.stream().anyMatch(c -> c instanceof Detail d && d.targetBlock().isPresent())) {
        break; // "parallel aan het tweede teamwerkblok": the ordinal picks the relation's target
      }
      // ("2e klimdemo?" in chat: no article, the ordinal first, before a session given more than once)
      boolean opening = k == 0 && spans.stream().filter(s -> s.from() == after
          && s.entity().type() == EntityType.SESSION).count() >= 2;
      if (rank != null && rank >= 2 && opening) {
        conditions.add(Detail.rank(rank));
      } else if (rank != null && rank >= 2 && k > 0 && (tokens.get(k - 1).equals("het")
          || tokens.get(k - 1).equals("de"))
          && (kind && (after == k + 1 || spans.stream().filter(s -> s.from() == after).count() >= 2
          || spans.stream().anyMatch(s -> s.from() == after && s.entity().id().startsWith(SeriesNames.ID_PREFIX)))
          || BLOCKS.contains(tokens.get(k + 1)))) {
        conditions.add(Detail.rank(rank)); // "wat is het tweede onderdeel?": the second of the day
      } else if (rank != null && rank >= 2 && k > 0 && tokens.get(k - 1).equals("de")
          && tokens.get(k + 1).equals("keer")
          && spans.stream().anyMatch(s -> s.entity().type() == EntityType.SESSION)) {
        conditions.add(Detail.rank(rank)); // "wanneer is de tweede keer jobcoaching?": its second time
      }
    }
    int again = tokens.indexOf("herhaling");
    if (again > 0 && tokens.get(again - 1).equals("de") && conditions.stream().noneMatch(c -> c instanceof Detail d
        && d.rank() > 0) && spans.stream().anyMatch(s -> s.from() > again && s.entity().type() == EntityType.SESSION)) {
      conditions.add(Detail.rank(2)); // "wanneer is de herhaling van domotica?": the second time it is given
    }
    if ((tokens.contains("nieuw") || tokens.contains("nieuwe"))
        && spans.stream().anyMatch(s -> s.entity().type() == EntityType.ROUND)) {
      conditions.add(new Detail("nieuw")); // "welke workshops zijn in ronde 2 nieuw?": not given before it
    }
  }
}
