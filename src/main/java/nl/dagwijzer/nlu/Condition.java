package nl.dagwijzer.nlu;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * One condition a question puts on what it asks about. The programme's own names come as {@link About}; the rest are
 * general: clock times and ranges, parts of the day, rounds, relations to another session, lengths and counts.
 */
public sealed interface Condition permits
    Condition.About, Condition.Excluded, Condition.At, Condition.AtNow, Condition.AfterNow, Condition.BeforeNow,
    Condition.Between,
    Condition.From, Condition.Until, Condition.InPeriod, Condition.InRound, Condition.Relative, Condition.Lasting,
    Condition.Occurs, Condition.SameRoom, Condition.Progress, Condition.Leading, Condition.OnDate,
    Condition.Unreadable, Condition.NotInProgramme, Condition.Edge, Detail {
  /** A short English type name and the value, for {@code ask --json}. */
  String type();

  String value();

  /** About something the programme names, or a general part of the day ("de lunch", "Zaal 2", "Maartje Bos"). */
  record About(Entity entity) implements Condition {
    public String type() {
      return entity.type().label();
    }

    public String value() {
      return entity.id();
    }
  }

  /** Not about something the programme names: "welke workshops zijn er niet in Zaal 2?", "behalve de lunch". */
  record Excluded(Entity entity) implements Condition {
    public String type() {
      return "not-" + entity.type().label();
    }

    public String value() {
      return entity.id();
    }
  }

  /** Running at a clock time ("om 10:35"). */
  record At(LocalTime time) implements Condition {
    public String type() {
      return "at";
    }

    public String value() {
      return time.toString();
    }
  }

  /** Running at the asker's current time, {@code minutesFromNow} later ("nu", "over een kwartier"). */
  record AtNow(int minutesFromNow) implements Condition {
    public String type() {
      return "now";
    }

    public String value() {
      return minutesFromNow == 0 ? "now" : "now+" + minutesFromNow;
    }
  }

  /** Starting after the asker's current time ("hierna", "straks"). */
  record AfterNow() implements Condition {
    public String type() {
      return "after-now";
    }

    public String value() {
      return "now";
    }
  }

  /**
   * Over before the asker's current time: the block just before ("wat was het vorige onderdeel?", "wie sprak er
   * net?") or, {@code all}, everything that began before it ("ik ben te laat, wat heb ik gemist?").
   */
  record BeforeNow(boolean all) implements Condition {
    public String type() {
      return "before-now";
    }

    public String value() {
      return all ? "all" : "last";
    }
  }

  /** Overlapping the range {@code from}–{@code to} ("tussen 10:20 en 10:50"). */
  record Between(LocalTime from, LocalTime to) implements Condition {
    public String type() {
      return "between";
    }

    public String value() {
      return from + "-" + to;
    }
  }

  /** Starting at or after a clock time ("na 15:00", "vanaf 14 uur"). */
  record From(LocalTime time) implements Condition {
    public String type() {
      return "from";
    }

    public String value() {
      return time.toString();
    }
  }

  /** Starting before a clock time ("voor 12:00", "tot 12 uur"). */
  record Until(LocalTime time) implements Condition {
    public String type() {
      return "until";
    }

    public String value() {
      return time.toString();
    }
  }

  /** In the morning, afternoon or evening. */
  record InPeriod(DayPeriod period) implements Condition {
    public String type() {
      return "period";
    }

    public String value() {
      return period.id();
    }
  }

  /** In a round of parallel sessions: 1 for the first, -1 for the last. */
  record InRound(int round) implements Condition {
    public String type() {
      return "round";
    }

    public String value() {
      return round < 0 ? "last" : Integer.toString(round);
    }
  }

  /** After, before or during another part of the programme ("na de inleiding", "tijdens de lunch"). */
  record Relative(Relation relation, List<Entity> target, List<Entity> until) implements Condition {
    public Relative {
      target = List.copyOf(target);
      until = List.copyOf(until);
    }

    public Relative(Relation relation, List<Entity> target) {
      this(relation, target, List.of());
    }

    /** "daarna", "en dan?": after whatever came before, without naming it. */
    public boolean then() {
      return relation == Relation.AFTER && target.isEmpty();
    }

    public String type() {
      return relation.name().toLowerCase(Locale.ROOT);
    }

    public String value() {
      return String.join(",", target.stream().map(Entity::id).toList());
    }
  }

  /** In the first or the last {@code minutes} of the day: "in het eerste uur", "in het laatste half uur". */
  record Edge(boolean last, int minutes) implements Condition {
    public String type() {
      return "edge";
    }

    public String value() {
      return (last ? "last-" : "first-") + minutes;
    }
  }

  /** Lasting {@code minutes}, or more or less than that. */
  record Lasting(Quantities.Comparison comparison, int minutes) implements Condition {
    public String type() {
      return "length";
    }

    public String value() {
      return comparison.name().toLowerCase(Locale.ROOT) + " " + minutes;
    }
  }

  /** On the programme {@code count} times, or more or fewer ("vaker dan één keer"). */
  record Occurs(Quantities.Comparison comparison, int count) implements Condition {
    public String type() {
      return "times";
    }

    public String value() {
      return comparison.name().toLowerCase(Locale.ROOT) + " " + count;
    }
  }

  /** In the same room as what the question is about ("na die van X in dezelfde zaal"). */
  record SameRoom() implements Condition {
    public String type() {
      return "same-room";
    }

    public String value() {
      return "";
    }
  }

  /** Already begun ({@code ended} false) or already over ({@code ended} true) at the asker's current time. */
  record Progress(boolean ended) implements Condition {
    public String type() {
      return "progress";
    }

    public String value() {
      return ended ? "ended" : "started";
    }
  }

  /** Who leads or presents ("wie leidt de discussie?", "wie is de dagvoorzitter?"), in the asker's word. */
  record Leading(String word) implements Condition {
    public String type() {
      return "leading";
    }

    public String value() {
      return word;
    }
  }

  /** On a day of the year ("op 22 januari"), a weekday ("op vrijdag"), in a year ("in 2026") or a month ("in april"). */
  record OnDate(java.util.Optional<java.time.MonthDay> day, java.util.Optional<java.time.DayOfWeek> weekday,
                java.util.Optional<Integer> year, java.util.Optional<java.time.Month> month) implements Condition {
    public String type() {
      return "date";
    }

    public String value() {
      return day.map(Object::toString).or(() -> weekday.map(Object::toString))
          .or(() -> year.map(Object::toString)).or(() -> month.map(Object::toString)).orElse("");
    }
  }

  /** A clock time that could not be read ("25:99"). */
  record Unreadable(String text) implements Condition {
    public String type() {
      return "unreadable-time";
    }

    public String value() {
      return text;
    }
  }

  /**
   * Words that name nothing in the programme; {@code person} when they look like a name; {@code asked} when they are
   * what the question asks for ("wat zijn de openingstijden van de bibliotheek?"), not a word beside it.
   */
  record NotInProgramme(String words, boolean person, boolean asked) implements Condition {
    public NotInProgramme(String words, boolean person) {
      this(words, person, false);
    }

    public String type() {
      return person ? "unknown-person" : "unknown";
    }

    public String value() {
      return words;
    }
  }

  /** How a session relates to another; {@code BETWEEN} lies after the target and before {@code until}. */
  enum Relation { AFTER, BEFORE, DURING, BETWEEN }
}
