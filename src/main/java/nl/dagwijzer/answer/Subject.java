package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * What the names in a question select, before any other condition. {@code edge}: the subject is only the beginning
 * or the end of the day ("begint het 's ochtends?").
 */
record Subject(List<Session> sessions, List<Session> mentioned, List<Speaker> speakers, List<Topic> topics,
               boolean named, boolean explicit, Set<DayPart> parts, List<DayPart> missing, boolean edge) {

  /** The same names, of which only {@code some} of the sessions are meant ("wanneer signeert zij?"). */
  Subject narrowedTo(List<Session> some) {
    return new Subject(some, mentioned, speakers, topics, named, explicit, parts, missing, edge);
  }

  /** "waarmee eindigt de dag?": the day's closing, listed, is as chosen as a filtered list (not "wat begint er zo?"). */
  boolean closingListed(nl.dagwijzer.nlu.Asked asked) {
    return edge && parts.contains(DayPart.EINDE) && asked == nl.dagwijzer.nlu.Asked.LIST;
  }

  /** {@code comparing}: "wat duurt langer, X of Y?" is about X and Y together, not what both are. */
  static Subject of(ProgrammeIndex index, List<Condition.About> names, boolean leading, boolean timed,
                    boolean comparing) {
    Groups groups = new Groups(index);
    Set<Speaker> speakers = new LinkedHashSet<>();
    List<Topic> topics = new ArrayList<>();
    Set<DayPart> parts = EnumSet.noneOf(DayPart.class);
    List<DayPart> missing = new ArrayList<>();
    boolean series = false; // "de tafels" name their sessions as surely as their titles do
    for (Condition.About about : names) {
      Entity entity = about.entity();

      if (entity.type() == EntityType.PART) {
        DayPart.ofId(entity.id()).ifPresent(parts::add);
      }
      series |= SeriesNames.isSeries(entity);
      groups.add(entity, speakers, topics, missing);
    }
    // "wie presenteert de dag?" names no session: those who lead are the subject. With a session named, the
    // people writer picks its leader among its speakers.
    if (leading && groups.isEmpty()) {
      List<ProgrammeIndex.RoleHolder> holders = index.rolesMatching(Resolver.DAY_ROLES);
      if (holders.isEmpty()) {
        holders = index.rolesMatching(Resolver.LEAD_ROLES);
      }
      if (!holders.isEmpty()) {
        groups.addRoleHolders(holders, speakers);
      }
    }
    boolean explicit = groups.has(EntityType.SESSION) || series;
    List<Session> selected = groups.isEmpty() ? index.programme().sessions()
        : comparing ? groups.union() : groups.intersection();
    boolean edge = groups.isEmpty() && !timed && (parts.contains(DayPart.BEGIN) || parts.contains(DayPart.EINDE));
    if (edge) {
      List<nl.dagwijzer.programme.Slot> slots = index.programme().slots();
      selected = slots.isEmpty() ? List.of()
          : (parts.contains(DayPart.BEGIN) ? slots.get(0) : closing(slots)).sessions();
    }
    return new Subject(selected, groups.isEmpty() ? List.of() : groups.union(), List.copyOf(speakers), topics,
        !groups.isEmpty(), explicit, parts, missing, edge);
  }

  /** Titles that say a session closes the day: "Afsluiting en prijsuitreiking", "Slotwoord", "Afronding". */
  private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
      "(?iu)^(afsluit|afronding|slotwoord|sluiting|slot\\b)");
  /** How near the end a closing so called must be: the lunch and a walk-in after it, not a morning's close. */
  private static final int NEAR_END = 3;

  /**
   * The slot that ends the day: the one with a session called its closing ("Afsluiting en prijsuitreiking" before the
   * lunch and a walk-in that run on), else the last.
   */
  static nl.dagwijzer.programme.Slot closing(List<nl.dagwijzer.programme.Slot> slots) {
    for (int i = slots.size() - 1; i >= Math.max(0, slots.size() - NEAR_END); i--) {
      if (slots.get(i).sessions().stream().anyMatch(s -> CLOSING.matcher(s.title()).find())) {
        return slots.get(i);
      }
    }
    return slots.get(slots.size() - 1);
  }
}
