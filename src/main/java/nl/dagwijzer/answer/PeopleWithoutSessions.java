package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Speaker;

/**
 * People a question asks for who speak at no session, whom a reply by sessions would leave out: the holder of a
 * role for a group ("wie is de captain van team groen?" of "teamcaptain team Groen") and the people of an
 * organisation ("wie werken er bij brandsma?" with its team captains).
 */
final class PeopleWithoutSessions {
  private PeopleWithoutSessions() {
  }

  /** @param describe a person as a reply about who someone is writes them */
  static Optional<Written> answer(Answering a, Function<Speaker, String> describe) {
    Selection selection = a.selection();
    List<Speaker> qualified = AskedRoles.qualified(a).stream().map(ProgrammeIndex.RoleHolder::speaker).distinct()
        .toList();
    if (!qualified.isEmpty() && selection.sessions().stream().noneMatch(s -> a.speakersOf(s).stream()
        .anyMatch(qualified::contains))) {
      return Optional.of(Written.text(String.join("\n", qualified.stream().map(describe).toList())));
    }
    List<Speaker> ofOrganisation = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.ORGANISATION)
        .flatMap(c -> a.index().ofOrganisation(c.entity().id()).stream()).distinct().toList();
    boolean onlyOrganisations = a.query().all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == EntityType.ORGANISATION);
    if (!ofOrganisation.isEmpty() && onlyOrganisations && !selection.constrained()
        && ofOrganisation.stream().anyMatch(p -> a.programme().sessionsOf(p).isEmpty())) {
      return Optional.of(PeopleWriter.listed(ofOrganisation.stream().map(DutchText::person).toList()));
    }
    return Optional.empty();
  }
}
