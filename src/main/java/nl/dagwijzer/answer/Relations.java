package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.programme.Session;

/**
 * Sessions in relation to others: after, before, during and between what a question names, or what the
 * conversation was last about ("en wat komt daarna?").
 */
final class Relations {
  private final ProgrammeIndex index;
  private final List<Entity> focus;

  Relations(ProgrammeIndex index, List<Entity> focus) {
    this.index = index;
    this.focus = focus;
  }

  /** Sessions of every entity in {@code target}, the way a subject is selected, or the conversation's focus. */
  List<Session> target(List<Entity> named) {
    List<Entity> target = mostNamed(named);
    Groups groups = new Groups(index);
    (target.isEmpty() ? focus : target).forEach(e -> groups.add(e, new LinkedHashSet<>(), new ArrayList<>(), new ArrayList<>()));
    // Names of one kind add up ("na Bob en David"), of different kinds narrow ("de opening van de dagvoorzitter").
    return groups.isEmpty() ? List.of() : target.isEmpty() ? groups.union() : groups.intersection();
  }

  /**
   * "tegelijk met de workshop eigen spel": of sessions named by one word each ("spel" of the game library), the one
   * named by more of the words ("workshop", "eigen").
   */
  private static List<Entity> mostNamed(List<Entity> target) {
    if (target.size() < 3 || target.stream().anyMatch(e -> e.type() != nl.dagwijzer.nlu.EntityType.SESSION)) {
      return target;
    }
    java.util.Map<String, Long> times = target.stream().collect(java.util.stream.Collectors.groupingBy(Entity::id,
        java.util.stream.Collectors.counting()));
    long most = java.util.Collections.max(times.values());
    List<String> top = times.entrySet().stream().filter(e -> e.getValue() == most).map(java.util.Map.Entry::getKey)
        .toList();
    return most >= 2 && top.size() == 1 ? target.stream().filter(e -> e.id().equals(top.get(0))).toList() : target;
  }

  /** Whether every session {@code named} selects is a break ("de lunch", "de pauze"). */
  boolean allBreaks(List<Entity> named) {
    List<Session> sessions = target(named);
    return !sessions.isEmpty() && sessions.stream().allMatch(s -> s.kind() == nl.dagwijzer.programme.SessionKind.BREAK);
  }

  /** The relation is to the end of the day ("na afloop", "voor de afsluiting"). */
  private static boolean toTheEnd(Condition.Relative relation) {
    return relation.target().size() == 1 && relation.target().get(0).type() == nl.dagwijzer.nlu.EntityType.PART
        && relation.target().get(0).id().equals(nl.dagwijzer.nlu.DayPart.EINDE.id());
  }

  /** Whether the conversation is about several sessions that are all on at {@code time} ("wat is er nu?"). */
  boolean allOnAt(LocalTime time) {
    List<Session> sessions = target(List.of());
    return sessions.size() >= 2 && sessions.stream().allMatch(s -> !s.start().isAfter(time) && s.end().isAfter(time));
  }

  /** "de laatste ronde voor de pauze": when what a question puts something before begins, if it does. */
  Optional<LocalTime> startOfBefore(nl.dagwijzer.nlu.Query query) {
    return query.all(Condition.Relative.class).stream().filter(r -> r.relation() == Condition.Relation.BEFORE)
        .flatMap(r -> target(r.target()).stream()).map(Session::start).min(Comparator.naturalOrder());
  }

  /** Up to this many blocks before a session are all of "wat is er voor X?"; more, and it is the last of them. */
  private static final int FEW_BEFORE = 3;

  /**
   * The sessions in {@code relation} to its target; {@code adjacent}: only the block right before or after it ("vlak
   * voor de slotkeynote"); {@code occurrence}: the start of the one meant of a session given more than once ("de
   * rondleiding van 15:30").
   */
  List<Session> relative(List<Session> sessions, Condition.Relative relation, boolean all, boolean people,
                         boolean adjacent, Optional<LocalTime> occurrence, Phrases context) {
    Predicate<Session> wanted = people ? s -> !s.speakerIds().isEmpty() : s -> true;
    // "wat is er voor de afsluiting?": before the slot that closes the day
    List<Session> named = target(relation.target());
    List<Session> target = named.isEmpty() && relation.relation() == Condition.Relation.BEFORE
        && toTheEnd(relation) && !index.programme().slots().isEmpty()
        ? Subject.closing(index.programme().slots()).sessions() : named;
    java.util.Set<Session> targets = Sessions.setOf(target);
    if (relation.relation() == Condition.Relation.BEFORE && !target.isEmpty()
        && relation.target().stream().allMatch(nl.dagwijzer.nlu.SeriesNames::isSeries)
        && sessions.size() < index.programme().sessions().size() && Sessions.setOf(sessions).containsAll(target)) {
      // "welke races zijn er voor de valken?": a series among the kind asked is what it is for, not what precedes it
      return filter(sessions, s -> targets.contains(s) && wanted.test(s));
    }
    if (target.isEmpty() && relation.relation() == Condition.Relation.AFTER && toTheEnd(relation)) {
      // "kunnen we na afloop nog wat drinken?": what follows the programme itself (the bar after the prize-giving)
      java.util.function.ToIntFunction<LocalTime> order = index.programme()::minutes;
      Optional<Session> last = index.programme().sessions().stream()
          .filter(s -> s.kind() != nl.dagwijzer.programme.SessionKind.BREAK)
          .max(Comparator.comparingInt(s -> order.applyAsInt(s.end())));
      context.add("na afloop");
      return last.map(l -> filter(sessions, s -> order.applyAsInt(s.start()) >= order.applyAsInt(l.end())
          && wanted.test(s))).orElse(List.of());
    }
    if (target.isEmpty()) {
      return List.of();
    }
    // "na het vliegprogramma", "tijdens de middagvoorstelling": a whole part opened by a session of its own
    Optional<OpenedParts.Part> part = index.openedParts().whole(target);
    Session anchor = occurrence.flatMap(t -> target.stream().filter(s -> s.start().equals(t)).findFirst())
        .orElse(relation.relation() == Condition.Relation.AFTER && (chain(target) || allOfSeries(relation, target)
            || part.isPresent()) ? target.get(target.size() - 1) : target.get(0));
    // A speaker or part that occurs more than once: the first occurrence's block is the anchor.
    List<Session> block = target.stream()
        .filter(s -> s.start().equals(anchor.start()) && s.end().equals(anchor.end())).toList();
    // ("voor ‘Familievoorstelling’ van 14:00": which one, when its title is given more than once)
    String name = part.isPresent() ? "‘" + part.get().name() + "’" : block.size() == 1 ? DutchText.name(anchor)
        + (target.size() > 1 && target.stream().allMatch(s -> s.title().equals(anchor.title()))
        && relation.relation() == Condition.Relation.BEFORE ? " van " + DutchText.time(anchor.start()) : "")
        : "het blok " + DutchText.range(anchor);
    return switch (relation.relation()) {
      case AFTER -> {
        context.add("na " + name);
        List<Session> next = after(sessions, anchor.end(), all, block, wanted, index.programme()::minutes);
        // "wat komt er na de laatste rondleiding?" when what follows starts before it ends: what starts later
        int started = index.programme().minutes(anchor.start());
        yield !next.isEmpty() ? next : filter(after(sessions, anchor.start(), all, block, wanted,
            index.programme()::minutes), s -> index.programme().minutes(s.start()) > started);
      }
      case BEFORE -> {
        context.add("voor " + name);
        // "wat is er voor de lunch?" is what comes just before it, as "na" is what comes just after; when only a
        // few blocks come before, those are the part of the day before it ("wat is er voor de koffiepauze?")
        java.util.function.ToIntFunction<LocalTime> order = index.programme()::minutes; // past midnight too
        List<Session> ended = filter(sessions, s -> order.applyAsInt(s.end()) <= order.applyAsInt(anchor.start())
            && !block.contains(s) && wanted.test(s));
        // "welk spreekuur is er voor de lunch?" when the only one runs into it: what starts before it
        List<Session> earlier = !ended.isEmpty() ? ended : filter(sessions, s -> order.applyAsInt(s.start())
            < order.applyAsInt(anchor.start()) && !block.contains(s) && wanted.test(s));
        if (all || earlier.isEmpty() || !adjacent && earlier.stream().map(Session::start).distinct().count()
            <= FEW_BEFORE) {
          yield earlier;
        }
        if (!people) {
          yield RightBefore.of(earlier, index.programme());
        }
        LocalTime last = earlier.stream().map(Session::start).max(Comparator.comparingInt(order)).orElseThrow();
        yield filter(earlier, s -> s.start().equals(last));
      }
      case DURING -> {
        context.add("tijdens " + name);
        // Parallel sessions run during one another: only the target itself is left out.
        LocalTime from = part.map(OpenedParts.Part::start).orElse(anchor.start());
        LocalTime until = part.map(OpenedParts.Part::end).orElse(anchor.end());
        // "tijdens de dweilpauze" of four pauses of one title, none picked: during any of them (a talk given in two
        // rounds is its first time, as before)
        List<Session> times = part.isEmpty() && occurrence.isEmpty() && target.size() > 1
            && target.stream().allMatch(t -> t.kind() == nl.dagwijzer.programme.SessionKind.BREAK)
            && target.stream().map(Session::title).distinct().count() == 1 ? target : List.of();
        if (!times.isEmpty()) {
          yield filter(sessions, s -> !targets.contains(s) && times.stream()
              .anyMatch(t -> s.start().isBefore(t.end()) && s.end().isAfter(t.start())));
        }
        yield filter(sessions, s -> s.start().isBefore(until) && s.end().isAfter(from) && !targets.contains(s));
      }
      case BETWEEN -> {
        // "tussen de twee workshoprondes": without a second name, between the target's first block and its next
        // "tussen de workshoprondes": without a second name, between the target's first block and its last
        // "tussen de twee presentaties" (adjacent): the first one and the one after it, not the last of the kind
        // ... of two with a gap between them ("de twee open space rondes" after its introduction)
        List<Session> first = adjacent && relation.until().isEmpty() ? firstBeforeGap(target).orElse(List.of(anchor))
            : List.of(anchor);
        Session from = first.get(0);
        List<Session> until = !relation.until().isEmpty() ? target(relation.until())
            : adjacent ? nextBlock(target, from) : lastBlock(target, anchor);
        if (until.isEmpty()) {
          yield List.of();
        }
        LocalTime to = until.stream().map(Session::start).min(Comparator.naturalOrder()).orElseThrow();
        String fromName = from == anchor ? name : first.size() == 1 ? DutchText.name(from)
            : "het blok " + DutchText.range(from);
        String untilName = until.size() == 1 ? DutchText.name(until.get(0)) : "het blok " + DutchText.range(until.get(0));
        if (fromName.equals(untilName)) {
          // "tussen de twee keer druiven plukken": one title twice, told apart by when the first ends and the second
          // starts
          fromName += " (tot " + DutchText.time(from.end()) + ")";
          untilName += " (vanaf " + DutchText.time(to) + ")";
        } else if (until.size() == 1 && index.programme().sessions().stream()
            .filter(x -> x.title().equals(until.get(0).title())).count() > 1) {
          untilName += " van " + DutchText.time(to); // "en de tweede draaidemonstratie": which one
        }
        context.add("tussen " + fromName + " en " + untilName);
        java.util.Set<Session> ends = Sessions.setOf(until);
        // what starts in the gap, also an open studio that starts then and stays open past the second
        List<Session> inside = filter(sessions, s -> !s.start().isBefore(from.end()) && s.start().isBefore(to)
            && !targets.contains(s) && !ends.contains(s));
        // "wat is er tussen de twee pitchrondes?" when only the market goes on then: what runs in the gap
        yield !inside.isEmpty() || !from.end().isBefore(to) ? inside
            : filter(sessions, s -> s.start().isBefore(to) && s.end().isAfter(from.end()) && !targets.contains(s)
                && !ends.contains(s));
      }
    };
  }

  /**
   * The day's length in minutes, in its own order (an evening past midnight too): a session over two thirds of it
   * runs beside everything (a corner, a market).
   */
  /**
   * "na de pitches": several different sessions one after the other (each starting when the one before ends) are
   * one stretch, and "na" is after the last of them.
   */
  private static boolean chain(List<Session> target) {
    return target.size() >= 2 && target.stream().map(Session::title).distinct().count() >= 2 && adjacent(target);
  }

  /** "na de tafelrondes": a series named in the plural is over after the last of it, whatever lies between. */
  private static boolean allOfSeries(Condition.Relative relation, List<Session> target) {
    return target.size() >= 2 && !relation.target().isEmpty() && relation.target().stream().allMatch(e ->
        nl.dagwijzer.nlu.SeriesNames.isSeries(e) && (e.text().endsWith("s") || e.text().endsWith("en")));
  }

  private static boolean adjacent(List<Session> target) {
    for (int i = 1; i < target.size(); i++) {
      if (!target.get(i).start().equals(target.get(i - 1).end())) {
        return false;
      }
    }
    return true;
  }

  /**
   * What starts after {@code from} (after now: strictly later; after a block: at or after its end): every such
   * session of a named subject, otherwise only the next block.
   */
  static List<Session> after(List<Session> sessions, LocalTime from, boolean all, List<Session> except,
                                     Predicate<Session> wanted, java.util.function.ToIntFunction<LocalTime> order) {
    java.util.Set<Session> left = Sessions.setOf(except);
    // in the day's own order ({@code order}): after 23:00 on an evening past midnight comes 00:00
    int after = order.applyAsInt(from);
    List<Session> later = filter(sessions, s -> !left.contains(s) && wanted.test(s)
        && (except.isEmpty() ? order.applyAsInt(s.start()) > after : order.applyAsInt(s.start()) >= after));
    if (all || later.isEmpty()) {
      return later;
    }
    LocalTime first = later.stream().map(Session::start).min(Comparator.comparingInt(order)).orElseThrow();
    return filter(later, s -> s.start().equals(first));
  }

  /** The first block of {@code target} that the next block of it does not follow at once, if there is one. */
  private static Optional<List<Session>> firstBeforeGap(List<Session> target) {
    List<LocalTime> starts = target.stream().map(Session::start).distinct().sorted().toList();
    for (int i = 0; i + 1 < starts.size(); i++) {
      LocalTime start = starts.get(i);
      List<Session> block = target.stream().filter(s -> s.start().equals(start)).toList();
      LocalTime end = block.stream().map(Session::end).max(Comparator.naturalOrder()).orElseThrow();
      if (starts.get(i + 1).isAfter(end)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  private static List<Session> nextBlock(List<Session> target, Session anchor) {
    Optional<LocalTime> next = target.stream().map(Session::start).filter(t -> !t.isBefore(anchor.end()))
        .min(Comparator.naturalOrder());
    return next.map(t -> target.stream().filter(s -> s.start().equals(t)).toList()).orElse(List.of());
  }

  private static List<Session> lastBlock(List<Session> target, Session anchor) {
    LocalTime last = target.stream().map(Session::start).max(Comparator.naturalOrder()).orElse(anchor.start());
    return last.equals(anchor.start()) ? List.of() : target.stream().filter(s -> s.start().equals(last)).toList();
  }

  private static List<Session> filter(List<Session> sessions, Predicate<Session> keep) {
    return sessions.stream().filter(keep).toList();
  }
}
