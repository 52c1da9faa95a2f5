package nl.dagwijzer.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The speakers found so far, one entry per person however often they are named; later mentions fill in a role or
 * organisation that earlier ones lacked. Not thread-safe: one book belongs to one import.
 */
final class SpeakerBook {
  private final Map<String, Entry> byKey = new LinkedHashMap<>();
  private final Ids ids;
  private final ImportReport report;

  private static final class Entry {
    final String id;
    final String name;
    String role;
    String organisation;

    Entry(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  SpeakerBook(Ids ids, ImportReport report) {
    this.ids = ids;
    this.report = report;
  }

  /** Records {@code person} as named on {@code line} and returns their id. */
  String add(SpeakerLines.Person person, int line) {
    String key = key(person.name());
    Entry entry = byKey.get(key);
    if (entry == null) {
      entry = new Entry(ids.next(person.name(), "spreker"), person.name());
      byKey.put(key, entry);
    }
    if (person.title() != null) {
      report.guessed(line, "titel '" + person.title() + "' niet in de naam van " + person.name() + " opgenomen");
    }
    if (person.affiliationGuessed() && person.organisation() != null) {
      report.guessed(line, "bij " + person.name() + " gesplitst in functie '" + person.role()
          + "' en organisatie '" + person.organisation() + "'");
    }
    entry.role = merge(entry, "functie", entry.role, person.role(), line);
    entry.organisation = merge(entry, "organisatie", entry.organisation, person.organisation(), line);
    return entry.id;
  }

  /** The speaker whose role is {@code role} ("de dagvoorzitter"), when exactly one has it. */
  Optional<String> byRole(String role) {
    List<Entry> matches = byKey.values().stream()
        .filter(e -> e.role != null && e.role.toLowerCase(Locale.ROOT).equals(role.toLowerCase(Locale.ROOT)))
        .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0).id) : Optional.empty();
  }

  String nameOf(String id) {
    return byKey.values().stream().filter(e -> e.id.equals(id)).map(e -> e.name).findFirst().orElse(id);
  }

  List<DraftSpeaker> speakers() {
    List<DraftSpeaker> speakers = new ArrayList<>();
    for (Entry e : byKey.values()) {
      speakers.add(new DraftSpeaker(e.id, e.name, e.role, e.organisation));
    }
    return speakers;
  }

  private String merge(Entry entry, String field, String known, String found, int line) {
    if (found == null || found.isBlank()) {
      return known;
    }
    if (known == null) {
      return found;
    }
    if (!Typography.plain(known).equalsIgnoreCase(Typography.plain(found))) {
      report.check(line, entry.name + " staat hier met " + field + " '" + found + "', eerder met '" + known
          + "'; de eerste is gebruikt");
    }
    return known;
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]+", " ").strip();
  }
}
