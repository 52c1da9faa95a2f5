package nl.dagwijzer.programme;

/** Where the day takes place: a building, or "online via Teams"; {@code address} may be empty. */
public record Venue(String name, String address) {
  public Venue {
    Event.requireText(name, "name");
    address = address == null ? "" : address;
  }
}
