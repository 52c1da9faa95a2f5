package nl.dagwijzer.announce;

/** An announcement request that cannot be carried out; the message is Dutch and meant for the organiser. */
public final class AnnouncementException extends Exception {
  public AnnouncementException(String message) {
    super(message);
  }
}
