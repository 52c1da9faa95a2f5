package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.range;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;

/**
 * How many of what is not a session or a person: the organisations the speakers come from, the rounds of parallel
 * sessions (or the rounds the titles number), the rooms. Split from {@link CountWriter}, which counts sessions and
 * people.
 */
final class OtherCounts {
  private final Answering a;

  OtherCounts(Answering a) {
    this.a = a;
  }

  Written organisations() {
    Selection selection = a.selection();
    List<Session> sessions = selection.named() || selection.constrained() ? selection.sessions()
        : a.programme().sessions();
    Set<String> organisations = new LinkedHashSet<>();
    List<String> kinds = a.organisationsNamed();
    if (!kinds.isEmpty()) {
      // "hoeveel gemeenten hebben een spreker?": the organisations of that kind, not their co-speakers'
      kinds.forEach(k -> a.index().ofOrganisation(k).forEach(p -> organisations.add(p.organisation())));
    } else {
      sessions.forEach(s -> a.speakersOf(s).stream().map(Speaker::organisation).filter(o -> !o.isBlank())
          .forEach(organisations::add));
    }
    if (organisations.isEmpty()) {
      return Written.text("Er staan geen organisaties bij de sprekers in het programma; die staan er niet in.");
    }
    return Written.text("Er " + (organisations.size() == 1 ? "is 1 organisatie" : "zijn " + organisations.size()
        + " organisaties") + ": " + DutchText.joinedSentence(List.copyOf(organisations),
        "noem er één voor wie daarvan spreekt."));
  }

  Written rounds() {
    List<Slot> rounds = a.index().rounds();
    // "hoeveel blokken zijn er?" when the titles number "blok 1" to "blok 3": those, not the workshop rounds
    boolean blocks = a.query().all(Detail.class).stream().anyMatch(d -> d.word().startsWith("hoeveel:blok"))
        && a.programme().sessions().stream().anyMatch(s -> s.title().toLowerCase(Locale.ROOT).contains("blok 1"));
    List<List<Session>> named = new RoundFilter(a.index(), new Phrases()).named();
    // (one stretch of parallel sessions beside "Ronde 1" to "Ronde 8" of a quiz: the rounds its names number)
    if (rounds.isEmpty() || blocks || rounds.size() == 1 && named.size() >= 2) {
      // "hoeveel rondes zijn er?" on a talk show of "Tafelronde 1" to "Tafelronde 3": the rounds its names number
      if (named.size() >= 2 && named.stream().noneMatch(List::isEmpty)) {
        return Written.text("Er zijn " + named.size() + (blocks ? " blokken: " : " rondes: ")
            + join(named.stream().map(r -> r.stream().filter(x -> !blocks || x.title().toLowerCase(Locale.ROOT)
            .contains("blok"))
            .map(DutchText::spanned).collect(java.util.stream.Collectors
            .joining(", "))).toList()) + ".");
      }
      return Written.text("Er zijn geen rondes met parallelle sessies: die staan niet in het programma.");
    }
    return Written.text("Er " + (rounds.size() == 1 ? "is 1 ronde" : "zijn " + rounds.size() + " rondes") + ": "
        + join(rounds.stream().map(r -> range(r.start(), r.end()) + " (" + r.sessions().size()
        + (r.sessions().size() == 1 ? " sessie)" : " sessies)"))
        .toList()) + ".");
  }

  Written rooms() {
    Set<String> rooms = new LinkedHashSet<>();
    List<Session> sessions = a.selection().named() || a.selection().constrained()
        ? a.sessions() : a.programme().sessions();
    sessions.forEach(s -> s.room().ifPresent(rooms::add));
    if (rooms.isEmpty()) {
      return Written.text("Er staan geen zalen in het programma; welke zaal het is, staat er niet in.");
    }
    return Written.text("Er " + (rooms.size() == 1 ? "is 1 zaal" : "zijn " + rooms.size() + " zalen") + ": "
        + join(List.copyOf(rooms)) + ".");
  }
}
