package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "hoe laat wordt de groepsfoto gemaakt?", "tot wanneer kan ik stemmen?", "sluit de stemming om 22:00?": a time only
 * a description gives ("Om 17:30 wordt op de trap een groepsfoto gemaakt", "de stemming sluit om 22:00"), for a
 * question that names no session: the sentence with the question's words and a clock time; "hoe lang nog tot de
 * verloting?" the minutes until that time.
 */
final class DescribedTime {
  private static final Pattern CLOCK = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");

  private DescribedTime() {
  }

  static Optional<Written> answer(Answering a) {
    Asked asked = a.query().asked();
    Optional<LocalTime> at = a.query().first(Condition.At.class).map(Condition.At::time);
    boolean namesSession = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type()
        != EntityType.TOPIC && c.entity().type() != EntityType.ROOM && c.entity().type() != EntityType.EVENT);
    // "hoe lang nog tot de verloting?" where only "om 16:45 ... verloot" gives its time: the minutes until then
    boolean waiting = asked == Asked.DURATION && a.query().all(nl.dagwijzer.nlu.Detail.class).stream()
        .anyMatch(d -> d.waiting() && !d.toEnd());
    if (asked != Asked.TIME && !waiting && (asked != Asked.YESNO || at.isEmpty()) || namesSession) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>(a.query().textWords().stream()
        .filter(w -> w.length() >= 3).toList());
    // "tot wanneer kan ik stemmen?" when "stemmen" names the topic of the public vote
    a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.TOPIC)
        .map(c -> c.entity().text()).filter(t -> !t.contains(" ")).forEach(words::add);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    DescriptionIndex descriptions = a.index().descriptions();
    // "vanaf hoe laat is het secretariaat open?": a sentence about what is in that room, not about the route
    List<String> rooms = a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.ROOM)
        .map(c -> c.entity().id()).toList();
    List<Session> among = rooms.isEmpty() ? List.of() : a.programme().sessions().stream()
        .filter(s -> s.room().filter(rooms::contains).isPresent()).toList();
    if (!rooms.isEmpty() && among.isEmpty()) {
      return Optional.empty();
    }
    // "hoe laat vertrekt de laatste auto?": the sentence that says "de laatste auto vertrekt om 10:02", if one does
    Optional<String> ordinal = a.query().order().filter(o -> o == nl.dagwijzer.nlu.Query.Order.FIRST
        || o == nl.dagwijzer.nlu.Query.Order.LAST).map(o -> o == nl.dagwijzer.nlu.Query.Order.FIRST ? "eerste"
        : "laatste");
    Map<Session, String> found = ordinal.map(o -> withWord(descriptions, words, o, among)).filter(m -> !m.isEmpty())
        .orElseGet(() -> descriptions.having(words, among));
    Optional<Written> said = said(a, found, words, at, waiting);
    if (said.isPresent() || !rooms.isEmpty() || words.size() < 2) {
      return said;
    }
    // "hoe laat gaan de deuren van de radiostudio open?" on a day with "Radiostudio 1": the room's word narrows to
    // the sessions there, whose sentence need not repeat it ("de deuren gaan open om 10:40")
    for (String word : words) {
      List<Session> there = word.length() < ROOM_WORD ? List.of() : a.programme().sessions().stream()
          .filter(s -> s.room().filter(r -> r.toLowerCase(java.util.Locale.ROOT).contains(word)).isPresent())
          .toList();
      List<String> rest = words.stream().filter(w -> !w.equals(word)).toList();
      Optional<Written> inRoom = there.isEmpty() ? Optional.empty()
          : said(a, descriptions.having(rest, there), rest, at, waiting);
      if (inRoom.isPresent()) {
        return inRoom;
      }
    }
    return Optional.empty();
  }

  /** A room's word has at least this many letters ("radiostudio", "kapel"). */
  private static final int ROOM_WORD = 5;

  /** The first of {@code found} that has all {@code words} and a clock time, as the reply. */
  private static Optional<Written> said(Answering a, Map<Session, String> found, List<String> words,
                                        Optional<LocalTime> at, boolean waiting) {
    Asked asked = a.query().asked();
    DescriptionIndex descriptions = a.index().descriptions();
    for (Map.Entry<Session, String> entry : found.entrySet()) {
      List<String> tokens = descriptions.tokens(entry.getValue());
      Matcher clock = CLOCK.matcher(entry.getValue());
      if (!words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w)) || !clock.find()) {
        continue;
      }
      String quoted = Descriptions.from(entry.getKey(), entry.getValue());
      if (asked == Asked.TIME) {
        return Optional.of(Written.text(DutchText.capitalise(quoted)).turningTo(List.of(entry.getKey())));
      }
      LocalTime said = LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
      if (waiting) {
        int minutes = (int) java.time.Duration.between(a.now(), said).toMinutes();
        return said.isAfter(a.now()) ? Optional.of(Written.text("Nog " + DutchText.minutes(minutes) + ": " + quoted)
            .turningTo(List.of(entry.getKey()))) : Optional.empty();
      }
      return Optional.of(Written.text((said.equals(at.get()) ? "Ja, " : "Nee, ") + quoted)
          .turningTo(List.of(entry.getKey())));
    }
    return Optional.empty();
  }

  /** The sentences with {@code words} that also have {@code word}, or none. */
  private static Map<Session, String> withWord(DescriptionIndex descriptions, List<String> words, String word,
                                               List<Session> among) {
    List<String> more = new ArrayList<>(words);
    more.add(word);
    Map<Session, String> found = new java.util.LinkedHashMap<>(descriptions.having(more, among));
    found.values().removeIf(t -> !DescriptionIndex.mentions(descriptions.tokens(t), word));
    return found;
  }
}
