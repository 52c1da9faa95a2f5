package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.EatOrDrink;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.Understanding;

/**
 * What a reply is reported to have answered, for moderators' count of unanswered questions and for {@code ask
 * --json}: a reply saying the thing is not in the programme reports {@code unknown} whatever was asked ("Nee,
 * ‘abseilen’ staat niet in het programma."); a question read as nothing in particular that a sentence of the programme
 * answered ("wat kost een kaartje voor het banket?" → "Uit de beschrijving van ‘Ridderbanket’: ...") reports asking
 * about content, since it was answered. A reply that only offers what is there instead ("staat niet letterlijk in")
 * stays unanswered. "wat duurt langer, de lezing of het panel?" names which of them ("Het langst duurt ..."), as
 * "wat begint eerder?" does: a list of one, not a length. "waar kan ik wat eten?" answered with places in two
 * rooms or more, or "... of drinken?" with two places, is a list of them.
 */
final class ReportedReading {
  private static final String NOT_LITERALLY = "staat niet letterlijk in";
  /** Where a place is, as {@link PlaceWriter} writes it. */
  private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(" is in ([^.\n]+)\\.");

  private ReportedReading() {
  }

  static Understanding of(Understanding understood, Intent intent, Query query, String reply) {
    if (AbsentReply.says(reply)) {
      return understood.withIntent(Intent.UNKNOWN, query);
    }
    if (intent == Intent.UNKNOWN && query.asked() == Asked.UNKNOWN && !query.conditions().isEmpty()
        && !reply.toLowerCase(Locale.ROOT).contains(NOT_LITERALLY)) {
      return understood.withIntent(Intent.ABOUT, query.withAsked(Asked.CONTENT));
    }
    if (query.asked() == Asked.DURATION && query.order().filter(o -> o == Query.Order.LONGEST
        || o == Query.Order.SHORTEST).isPresent() && (reply.startsWith(DurationWriter.LONGEST_HEAD)
        || reply.startsWith(DurationWriter.SHORTEST_HEAD))) {
      return understood.withIntent(intent, query.withAsked(Asked.LIST));
    }
    List<String> rooms = query.asked() == Asked.ROOM && FoodPlaces.asked(query)
        ? PLACE.matcher(reply).results().map(m -> m.group(1)).toList() : List.of();
    // (several places in one room, for food alone, are that room: "in de Kantine")
    if (rooms.size() >= 2 && (rooms.stream().distinct().count() >= 2 || query.hasDetail(EatOrDrink.FOOD)
        && query.hasDetail(EatOrDrink.DRINK))) {
      return understood.withIntent(intent, query.withAsked(Asked.LIST)); // "waar kan ik wat eten?": these places
    }
    return understood.withIntent(intent, query);
  }
}
