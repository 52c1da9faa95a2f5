package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The clause of a sentence with a question's words, and whether it turns them around")
final class ClausesTest {
  @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "Toegang is gratis, aanmelden is niet nodig.                      | gratis             | false",
      "Toegang is gratis, aanmelden is niet nodig.                      | aanmelden          | true",
      "Beleidsmedewerkers, partners en pers zijn niet aanwezig.         | beleidsmedewerkers | true",
      "Helm verplicht; zonder helm mag je niet starten.                 | verplicht          | false",
      "De poll verschijnt als pop-up in Teams; u hoeft niets te installeren. | installeren   | true",
      "Betalen kan alleen met pin.                                      | contant            | none",
      "De toegang is gratis en aanmelden is niet nodig.                 | gratis             | false",
      // a word with an ending that makes it its absence
      "Er worden alleen alcoholvrije drankjes geschonken.                | alcohol            | true",
      "Er worden alleen alcoholvrije drankjes geschonken.                | alcoholvrije       | false",
      // a relative clause after every word asked speaks of another noun
      "De opening wordt live gestreamd voor collega's die er niet bij kunnen zijn. | gestreamd | false",
      "Wie er niet bij kan zijn, kijkt de opname terug.                  | opname             | false",
      "Collega's die er niet bij zijn, krijgen geen opname.              | opname             | true",
      "De toegang is gratis en aanmelden is niet nodig.                 | aanmelden          | true",
      "Er is geen koffie en thee.                                       | thee               | true",
      "Nog geen account? Dan maakt u er in de workshop een aan.         | account            | false",
      "Geen smartphone? Vul dan een stembriefje in.                     | smartphone         | false",
      "Geen ervaring nodig; meedoen kan zonder aanmelden.               | aanmelden          | true",
      "Jongeren tot 27 jaar zonder startkwalificatie.                   | jaar               | false",
      "Niemand is verplicht mee te spelen: u kunt ook observeren.       | verplicht          | true",
      "Alleen op afspraak: de tijd staat op uw kaartje.                 | afspraak           | false",
      "Alleen knippen en föhnen, geen kleuren.                          | verven             | none",
      "Gesloten boek: aantekeningen en de map mag u niet gebruiken.     | aantekeningen gebruiken | true",
      "Ouders mogen kijken, maar niet voorzeggen.                       | ouders voorzeggen  | true",
      "Ouders mogen kijken, maar niet voorzeggen.                       | ouders kijken      | false",
      // "alleen of" is alone, one of two ways; a negation the question asks itself speaks of its own case
      "Je bouwt alleen of met z'n tweeën.                               | tweeen             | false",
      "De lezing is ook te volgen voor wie zelf nooit heeft gedraaid.    | lezing nooit       | false",
      "Kinderen onder de 12 alleen onder begeleiding.                    | kinderen alleen    | true"})
  @DisplayName("a list item takes the verb of the clauses after it; 'niets' and 'niemand' turn around as 'niet' does, 'alleen' not the word right after it;"
      + " 'alleen of' not at all; a negation the question has itself does not turn it around, 'alleen' still does; 'en' with a"
      + " verb after it starts a clause; a clause that asks only sets the case the next one answers; 'zonder' turns around the word after it;"
      + " words asked in two clauses that follow each other are read together, also across ', maar'")
  void negated(String sentence, String word, String expected) {
    // given a sentence of a description, when
    Optional<Boolean> negated = Clauses.negated(sentence, List.of(word.split(" ")));
    // then
    assertThat(negated.map(String::valueOf).orElse("none")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" asked absent in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "Er zijn ook ijsjes zonder melk en gluten.                        | melk               | false",
      "In de kimchi zit vissaus; er is ook een versie zonder vis.       | vis                | false",
      "Een nieuw wachtwoord instellen kan alleen met je personeelspas.  | personeelspas      | true",
      "Geen smartphone? Vul dan een stembriefje in.                     | smartphone         | false",
      "Neem je personeelspas mee.                                        | personeelspas      | true"})
  @DisplayName("a question that asks a word absent ('is er ijs zonder melk?') is answered yes where the clause says"
      + " so, no where it does not or requires it ('alleen met je personeelspas'); a clause that asks that case is"
      + " answered by the next")
  void absentAsked(String sentence, String word, String expected) {
    // given a sentence of a description, when the question asks the word absent
    Optional<Boolean> negated = Clauses.negated(sentence, List.of(word), true);
    // then true means the reply says no
    assertThat(negated.map(String::valueOf).orElse("none")).isEqualTo(expected);
  }
}
