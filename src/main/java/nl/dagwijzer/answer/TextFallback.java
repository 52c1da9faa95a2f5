package nl.dagwijzer.answer;

import java.util.Optional;
import nl.dagwijzer.nlu.AccessAsked;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.YesNoWords;

/**
 * What the programme's texts answer when no part of the programme does: a yes/no question on words only a description
 * has, what a day can take, a topic's explanation, the day's own summary. A yes/no question none of them confirms
 * goes on as an unknown question.
 */
final class TextFallback {
  /** The reply, when the texts give one, and what the question is answered as from here on. */
  record Outcome(Optional<Written> written, Asked asked) {
  }

  /** "leeftijd:7", "leeftijden:0-9": who the question asks for, not words a sentence must have. */
  private static final String AGE = "leeftijd";
  private static final String YES = "Ja, ";

  private TextFallback() {
  }

  static Outcome answer(Answering a, Asked asked) {
    if (asked == Asked.YESNO && a.query().conditions().stream().allMatch(c -> c instanceof Detail d
        && (d.text().isPresent() || d.word().equals("er-is") || d.word().startsWith("per:") || d.ability().isPresent()
        || YesNoWords.unsaid(d).isPresent() || YesNoWords.askedNumber(d).isPresent() || d.word().startsWith(AGE)
        || d.word().startsWith(nl.dagwijzer.nlu.AllowedGroup.PREFIX) || d.word().startsWith(AccessAsked.PREFIX))
        || c instanceof Condition.About about && about.entity().type() == nl.dagwijzer.nlu.EntityType.EVENT
        || c instanceof Condition.OnDate date && date.month().isPresent() && date.day().isEmpty())
        && a.query().all(Detail.class).stream().anyMatch(d -> d.text().isPresent())) {
      // asked about words only a description has: yes when one sentence says it all, else as any unknown question
      // the day's own summary first: such a question names no session ("is het gratis?" is about the day)
      // "bespreekt de raad het advies in december?": the month is one of the words the sentence must have
      Optional<String> month = a.query().first(Condition.OnDate.class).flatMap(Condition.OnDate::month)
          .map(m -> DutchText.months().get(m.getValue() - 1));
      Optional<String> confirmed = new DaySummary(a).answer(true).or(() -> DescribedYes.confirming(a))
          .filter(c -> month.isEmpty() || c.toLowerCase(java.util.Locale.ROOT).contains(month.get()))
          .filter(c -> Confirmable.holds(a, c));
      Optional<AgeRanges.Range> ages = AgeRanges.anyAsked(a.query());
      if (confirmed.isPresent() && ages.isPresent() && confirmed.get().startsWith(YES)
          && AgeRanges.in(confirmed.get()).filter(r -> !r.overlaps(ages.get())).isPresent()) {
        // "mag mijn dochter van 16 glühwein?" when the sentence says "alleen vanaf 18 jaar": not at that age
        return new Outcome(Optional.of(Written.text("Nee, " + confirmed.get().substring(YES.length()))), asked);
      }
      if (confirmed.isPresent()) {
        return new Outcome(Optional.of(Written.text(confirmed.get())), asked);
      }
      // "mag een kind van 14 meedoen aan het toernooi?" by the ages the day's description gives
      Optional<Written> ofDay = ages.flatMap(r -> YesNoAge.ofDay(a, r));
      if (ofDay.isPresent()) {
        return new Outcome(ofDay, asked);
      }
      asked = Asked.UNKNOWN;
    }
    // "hoeveel mensen worden er verwacht?" may have been read as a list of the day; it asks who may come
    boolean capacityAsked = a.query().hasDetail("capaciteit");
    // ("met hoeveel mensen kun je mee met de wandeling?": a count of those the named walk takes)
    boolean aboutComing = capacityAsked && (!a.query().has(nl.dagwijzer.nlu.Condition.About.class)
        || asked == Asked.COUNT);
    Optional<Written> capacity = asked == Asked.UNKNOWN || aboutComing ? new Capacity(a).answer() : Optional.empty();
    if (capacity.isPresent()) {
      return new Outcome(capacity, asked);
    }
    Optional<Written> topic = asked == Asked.UNKNOWN ? TopicOnly.explained(a) : Optional.empty();
    if (topic.isPresent()) {
      return new Outcome(topic, asked); // "kado tips?"
    }
    if (asked == Asked.UNKNOWN) {
      Optional<String> summary = new DaySummary(a).answer(false);
      Optional<String> yes = summary.flatMap(quote -> ClauseVerdict.judged(a, quote));
      if (yes.isPresent()) {
        return new Outcome(Optional.of(Written.text(yes.get())), asked);
      }
      if (summary.isPresent()) {
        // a yes or no the day's text does not give ("kan ik een laptop lenen?" when it says to bring one): what it says
        return new Outcome(Optional.of(Written.text((a.query().asked() == Asked.YESNO ? DutchText.NOT_LITERALLY : "")
            + summary.get())), asked);
      }
    }
    return new Outcome(Optional.empty(), asked);
  }
}
