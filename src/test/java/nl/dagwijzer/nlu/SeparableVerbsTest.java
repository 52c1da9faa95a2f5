package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Registering said with a separable verb")
final class SeparableVerbsTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  @ParameterizedTest(name = "\"{0}\" says \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Schrijf je in op de lijst bij de deur. | inschrijven",
      "Meld je eerst aan bij de balie bij de ingang. | aanmelden",
      "Maximaal 10 deelnemers; geef je op bij de balie. | opgeven",
      "Wie zich heeft aangemeld, krijgt een bevestiging. | aanmelden",
      "De inschrijving sluit om 12:00. | inschrijven",
      "Meld je vóór 1 november bij de balie aan. | aanmelden",
      "Je hoeft je niet aan te melden. | aanmelden",
      "Vergeet niet je in te schrijven. | inschrijven",
      "Geef je dieetwensen door. | ''",
      "Schrijf je naam op het formulier. | ''",
      "De melder belt aan. | ''"})
  @DisplayName("a text's split or past forms give the infinitive a question uses, and nothing else")
  void infinitives(String text, String expected) {
    // given a description's sentence
    // when its words are read
    Set<String> found = SeparableVerbs.of(normaliser.tokens(text));
    // then
    assertThat(found).isEqualTo(expected.isEmpty() ? Set.of() : Set.of(expected));
  }

  @ParameterizedTest(name = "\"{0}\" also says \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Geef droge kleren mee voor na de waterspelletjes. | meegeven",
      "Smeer je kind thuis in met zonnebrand. | insmeren",
      "Niemand is verplicht mee te spelen. | meespelen",
      "Je trekt een operatiepak aan. | aantrekken",
      "Neem je eigen boek mee. | meenemen",
      "U levert de kaart in bij de balie. | inleveren",
      "Na de presentatie praat u in twee rondes mee. | meepraten",
      "Maak munten niet schoon voor de taxatie. | schoonmaken",
      "Doe de deur dicht na de rondleiding. | dichtdoen"})
  @DisplayName("any verb split from its particle gives its infinitive too")
  void anySplitVerb(String text, String expected) {
    // given a description's sentence
    // when its words are read for every split verb
    Set<String> found = SeparableVerbs.allOf(normaliser.tokens(text));
    // then
    assertThat(found).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" says no \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "De inloop bij de panelen en een presentatie door de projectleider. | aanmeen",
      "Koffie en thee op de gang. | openen",
      "Kinderen spelen in de zaal. | inspelen"})
  @DisplayName("only a verb where a main clause puts it is split from a particle; no word is made of an article")
  void noVerbInvented(String text, String absent) {
    // given a sentence whose particles split no verb
    // when its words are read for every split verb
    Set<String> found = SeparableVerbs.allOf(normaliser.tokens(text));
    // then
    assertThat(found).doesNotContain(absent);
  }
}
