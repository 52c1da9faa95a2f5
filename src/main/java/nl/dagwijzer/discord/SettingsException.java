package nl.dagwijzer.discord;

/** A setting that is missing or wrong; the message is one Dutch line for the person starting the bot. */
public final class SettingsException extends Exception {
  public SettingsException(String message) {
    super(message);
  }
}
