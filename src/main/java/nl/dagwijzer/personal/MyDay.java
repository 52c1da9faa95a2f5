package nl.dagwijzer.personal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.answer.Overview;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * One user's day: every block of the programme with what they chose in it, whether they get reminders, and the
 * messages about their programme that could not be delivered.
 *
 * @param reminderMinutes minutes before a chosen session that its reminder comes; 0 when the bot sends none
 * @param remindersOn     the user's own setting
 * @param undelivered     the reasons of messages that could not be delivered today, oldest first, with their time
 */
public record MyDay(Programme programme, LocalDate day, List<Block> blocks, int reminderMinutes, boolean remindersOn,
                    List<String> undelivered) {
  public MyDay {
    blocks = List.copyOf(blocks);
    undelivered = List.copyOf(undelivered);
  }

  /**
   * A block of the day: its sessions (several when one chooses between them), the one the user chose, and whether
   * the user is reminded of it.
   */
  public record Block(LocalTime start, LocalTime end, List<Session> sessions, Optional<Session> chosen) {
    public Block {
      sessions = List.copyOf(sessions);
    }

    public boolean parallel() {
      return sessions.size() > 1;
    }

    /** A block of parallel sessions without a choice yet. */
    public boolean open() {
      return parallel() && chosen.isEmpty();
    }
  }

  /** The blocks of parallel sessions without a choice, in time order. */
  public List<Block> openBlocks() {
    return blocks.stream().filter(Block::open).toList();
  }

  /** True when the user chose anything today. */
  public boolean choseAnything() {
    return blocks.stream().anyMatch(b -> b.chosen().isPresent());
  }

  /** The day as an overview: a title, one entry per block, and a last entry about reminders. */
  public Overview overview() {
    String event = programme.event().series().isEmpty() ? programme.event().title()
        : programme.event().series() + ": " + programme.event().title();
    List<Overview.Entry> entries = new ArrayList<>();
    for (Block block : blocks) {
      entries.add(new Overview.Entry(DutchText.range(block.start(), block.end()), body(block)));
    }
    entries.add(new Overview.Entry("Herinneringen", reminders()));
    return new Overview("Mijn programma: " + event, entries);
  }

  private String body(Block block) {
    if (block.open()) {
      return "Nog niet gekozen: " + PersonalText.either(block.sessions().stream()
          .map(s -> PersonalText.named(programme, s)).toList());
    }
    if (block.parallel()) {
      return "Je keuze: " + details(block.chosen().orElseThrow());
    }
    Session only = block.sessions().get(0);
    String text = capitalise(details(only));
    return block.chosen().isPresent() ? text + "\nIn je programma: je krijgt een herinnering." : text;
  }

  private String details(Session session) {
    return PersonalText.named(programme, session)
        + (session.shorterThanBlock() ? ", " + session.lengthMinutes() + " minuten" : "")
        + session.room().map(r -> ", " + r).orElse("");
  }

  private String reminders() {
    StringBuilder text = new StringBuilder();
    if (reminderMinutes == 0) {
      text.append("Persoonlijke herinneringen staan op deze server uit.");
    } else if (!remindersOn) {
      text.append("Je herinneringen staan uit; zet ze aan met /herinneringen aan:true.");
    } else {
      text.append("Je krijgt ").append(reminderMinutes)
          .append(" minuten voor elk onderdeel in je programma een privébericht.");
    }
    if (!undelivered.isEmpty()) {
      text.append("\nNiet bezorgd: ").append(undelivered.size() == 1 ? "1 bericht" : undelivered.size() + " berichten")
          .append(" (").append(undelivered.get(undelivered.size() - 1)).append(").");
    }
    return text.toString();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
