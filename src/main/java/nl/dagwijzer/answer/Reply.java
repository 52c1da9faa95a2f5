package nl.dagwijzer.answer;

import java.util.Optional;
import nl.dagwijzer.nlu.Understanding;

/** What the bot says back: the Dutch text, an optional structured overview, and how it understood the question. */
public record Reply(String text, Optional<Overview> overview, Understanding understanding) {
  public Reply {
    overview = overview == null ? Optional.empty() : overview;
  }
}
