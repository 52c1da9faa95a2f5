package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions with conditions, comparisons, counts, relations and yes/no, on a congress the intents
 * were never written for (rooms, two workshop rounds, a dagvoorzitter, a panel with a gespreksleider, a date and a
 * venue) and on the Divosa day, which has none of those. Each expected text was checked against the programme;
 * line breaks in a reply are written " / ".
 */
@DisplayName("Replies to questions with conditions")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ConditionalReplyTest {
  private static final Path CONGRESS = Path.of("src/test/resources/programmes/congress.json");
  private static final String ROUND_ONE = "‘Vroegsignalering: eerder in beeld, sneller geholpen’ (Sanne de Wit), "
      + "‘Schulden en stress: wat doet het met je hoofd?’ (Youssef Amrani), ‘Saneringskrediet en schuldenbewind’ "
      + "(Pieter van den Berg) en ‘Brieven die iedereen begrijpt’ (Ilse Verhoeven)";
  private static final String ROUND_TWO = "‘Jongeren en schulden: voorkomen is beter’ (Daan Kuipers), ‘Samenwerken "
      + "met schuldeisers’ (Anouk van der Linden) en ‘Budgetcoaching met vrijwilligers’ (Gerrit Jan Mulder)";

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  private Reply ask(Path programme, String question) {
    var store = Fixtures.store(programme);
    LocalDate day = store.current().event().date().orElse(LocalDate.of(2026, 11, 27));
    Assistant assistant = Fixtures.assistant(store, understander, Fixtures.clockAt(day, LocalTime.of(11, 10)));
    return assistant.ask("conditional", question);
  }

  @ParameterizedTest(name = "\"{1}\" asks {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "PEOPLE | wie is er om 11:30 aan het woord in zaal rijn | Om 11:30: bij ‘Schulden en stress: wat doet het met je"
          + " hoofd?’ (11:00–12:15) spreekt Youssef Amrani (GZ-psycholoog, GGZ Centraal).",
      "LIST | wat is er om 14:00 in zaal rijn | Om 14:00: ‘Samenwerken met schuldeisers’ (Anouk van der Linden), in"
          + " Zaal Rijn, 13:15–14:30.",
      "TIME | wanneer begint de tweede ronde | De tweede ronde is van 13:15 tot 14:30: keuze uit " + ROUND_TWO + ".",
      "YESNO | spreekt er iemand van de gemeente Arnhem? | Ja, bij ‘Vroegsignalering: eerder in beeld, sneller"
          + " geholpen’ (11:00–12:15) spreekt Sanne de Wit (teamleider Vroegsignalering, gemeente Arnhem).",
      "PEOPLE | wie leidt het slotpanel? | Bij ‘Slotpanel: wat moet er nu echt veranderen?’ (14:45–15:45) spreekt Rob"
          + " Hoekstra (gespreksleider; verslaggever, Omroep Gelderland).",
      "PEOPLE | wie presenteert de dag? | Bij ‘Opening door de dagvoorzitter’ (09:30–09:40) spreekt Fatima El Idrissi"
          + " (journalist en dagvoorzitter, Bureau Woordwaarde). / Bij ‘Afsluiting’ (15:45–16:00) spreekt Fatima El"
          + " Idrissi (journalist en dagvoorzitter, Bureau Woordwaarde).",
      "COUNT | hoe vaak staat Fatima El Idrissi op het programma? | Fatima El Idrissi staat 2 keer op het programma:"
          + " ‘Opening door de dagvoorzitter’ (09:30–09:40) en ‘Afsluiting’ (15:45–16:00).",
      "COUNT | hoeveel workshops kan ik kiezen? | Er zijn 7 workshops in 2 rondes; per ronde kies je er één: / "
          + "• 11:00–12:15: keuze uit " + ROUND_ONE + " / • 13:15–14:30: keuze uit " + ROUND_TWO,
      "LIST | wat komt er na de keynote? | Na ‘Schulden zijn geen keuze’, van 10:40 tot 11:00: de koffiepauze.",
      "LIST | wat is er tijdens de lunch? | Tijdens de lunch staat er niets anders op het programma.",
      "YESNO | staat Fatima El Idrissi vaker dan één keer op het programma? | Ja, 2 keer: ‘Opening door de"
          + " dagvoorzitter’ (09:30–09:40) en ‘Afsluiting’ (15:45–16:00).",
      "YESNO | is er een borrel? | Ja, de borrel is van 16:00 tot 17:30, in Foyer.",
      "YESNO | is de keynote in zaal rijn | Nee, ‘Schulden zijn geen keuze’ (Marieke van 't Hof, 09:55–10:40) is in"
          + " Grote Zaal. In Zaal Rijn: ‘Schulden en stress: wat doet het met je hoofd?’ (Youssef Amrani,"
          + " 11:00–12:15) en ‘Samenwerken met schuldeisers’ (Anouk van der Linden, 13:15–14:30).",
      "LIST | wat is er vlak voor het slotpanel | Voor ‘Slotpanel: wat moet er nu echt veranderen?’: de theepauze, in"
          + " Foyer, 14:30–14:45.",
      "UNKNOWN | wordt het congres gestreamd | Dat weet ik niet: het staat niet in het programma van deze dag. Je kunt"
          + " bijvoorbeeld vragen: ‘wanneer is de borrel?’, ‘wie spreekt over Arnhem?’ of ‘welke workshops zijn er?’.",
      "LIST | wat is er in de kelderzaal | ‘kelderzaal’ staat niet in het programma; daar kan ik dus niets over zeggen.",
      "YESNO | is de lunch om 12:30? | Nee, de lunch is van 12:15 tot 13:15, in Restaurant.",
      "ROOM | in welke zaal is de workshop van Sanne de Wit? | ‘Vroegsignalering: eerder in beeld, sneller geholpen’"
          + " (Sanne de Wit) (11:00–12:15) is in Zaal Veluwe.",
      "DATE | op welke dag is het congres? | Jaarcongres Schuldhulp: Landelijk Congres Schulden & Bestaanszekerheid is"
          + " op donderdag 13 november 2025, van 09:00 tot 17:30.",
      "TIME | hoe laat is Pieter Jansen aan de beurt? | Pieter Jansen staat niet op het programma. Bedoel je Pieter"
          + " van den Berg?",
      "LIST | wat is er om 25:99? | Ik kan ‘25:99’ niet als tijd lezen. Noem een tijd op de klok, zoals 14:30 of"
          + " ‘half drie’.",
      "EVENT | waar is het? | Landelijk Congres Schulden & Bestaanszekerheid is in Congrescentrum De Reehorst,"
          + " Bennekomseweg 24, Ede.",
      "YESNO | is het congres in Utrecht? | Nee, Landelijk Congres Schulden & Bestaanszekerheid is in Congrescentrum"
          + " De Reehorst, Bennekomseweg 24, Ede, niet in Utrecht.",
      "YESNO | is het in Ede? | Ja, Landelijk Congres Schulden & Bestaanszekerheid is in Congrescentrum De Reehorst,"
          + " Bennekomseweg 24, Ede.",
      "YESNO | is het online? | Nee, het is niet online: Landelijk Congres Schulden & Bestaanszekerheid is in"
          + " Congrescentrum De Reehorst, Bennekomseweg 24, Ede.",
      "PERSON | wat is het telefoonnummer van Fatima El Idrissi? | Een telefoonnummer van Fatima El Idrissi staat"
          + " niet in het programma. Fatima El Idrissi is journalist en dagvoorzitter bij Bureau Woordwaarde. Op het"
          + " programma: ‘Opening door de dagvoorzitter’ (09:30–09:40, als dagvoorzitter) en ‘Afsluiting’"
          + " (15:45–16:00, als dagvoorzitter).",
      "PERSON | wat doet Pieter Jansen op het congres? | Pieter Jansen staat niet op het programma. Bedoel je Pieter"
          + " van den Berg?",
      "TIME | wanneer spreekt de minister? | De minister staat niet op het programma. Vraag ‘wie spreken er?’ voor"
          + " alle sprekers.",
      "YESNO | doet de burgemeester van Ede mee? | Nee, de burgemeester staat niet op het programma. Vraag ‘wie"
          + " spreken er?’ voor alle sprekers.",
      "UNKNOWN | wordt de keynote opgenomen? | Dat weet ik niet: het staat niet in het programma van deze dag. Je kunt"
          + " bijvoorbeeld vragen: ‘wanneer is de borrel?’, ‘wie spreekt over Arnhem?’ of ‘welke workshops zijn er?’.",
      "PEOPLE | wie komt er namens het CJIB? | Bij ‘Samenwerken met schuldeisers’ (13:15–14:30) spreekt Anouk van der"
          + " Linden (senior adviseur, Centraal Justitieel Incassobureau).",
      "YESNO | is het congres in Zwolle? | Nee, Landelijk Congres Schulden & Bestaanszekerheid is in Congrescentrum De"
          + " Reehorst, Bennekomseweg 24, Ede, niet in Zwolle.",
      "DURATION | hoeveel tijd zit er tussen het einde van de keynote en de eerste ronde? | Tussen het einde van"
          + " ‘Schulden zijn geen keuze’ (10:40) en het begin van ‘Vroegsignalering: eerder in beeld, sneller"
          + " geholpen’ (11:00) zit 20 minuten.",
      "YESNO | werkt Sanne de Wit bij de gemeente? | Ja, Sanne de Wit (teamleider Vroegsignalering, gemeente"
          + " Arnhem).",
      "YESNO | klopt het dat de lunch een uur duurt? | Ja, de lunch duurt 60 minuten (1 uur), van 12:15 tot 13:15.",
      "PEOPLE | met wie zit Rob Hoekstra in het slotpanel? | Bij ‘Slotpanel: wat moet er nu echt veranderen?’"
          + " (14:45–15:45) spreken Rob Hoekstra (gespreksleider; verslaggever, Omroep Gelderland), Marieke van 't Hof"
          + " (panellid; lector Armoede en Schulden, Hogeschool Utrecht), Anouk van der Linden (panellid; senior"
          + " adviseur, Centraal Justitieel Incassobureau), Joost de Graaf (panellid; wethouder Sociaal Domein, gemeente"
          + " Ede) en Samira Bouzian (panellid; ervaringsdeskundige, Stichting Ervaringskracht).",
      "TIME | hoe laat begint de derde ronde? | Er is geen derde ronde: het programma heeft 2 rondes.",
      "DURATION | hoe lang duurt de hele dag? | Het programma duurt 480 minuten (8 uur), van 09:30 tot 17:30; de"
          + " ontvangst met koffie is vanaf 09:00.",
      "LIST | wat doet Fatima El Idrissi allemaal? | Op het programma: / • ‘Opening door de dagvoorzitter’ (Fatima El"
          + " Idrissi), in Grote Zaal, 09:30–09:40 / • ‘Afsluiting’ (Fatima El Idrissi), in Grote Zaal, 15:45–16:00"})
  @DisplayName("answers from the congress programme, leaving out what the condition excludes")
  void congress(Asked asked, String question, String expected) {
    // given the congress programme at 11:10 on its day
    // when
    Reply reply = ask(CONGRESS, question);
    // then
    assertThat(reply.understanding().query().asked()).isEqualTo(asked);
    assertThat(reply.text().replace("\n", " / ")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" asks {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "TIME | wanneer kan ik vragen stellen aan de sprekers? | Er is geen vragenronde: die staat niet in het"
          + " programma. Het programma eindigt om 13:00 met de lunch.",
      "YESNO | is er een borrel? | Nee, er is geen borrel: die staat niet in het programma. Het programma eindigt om"
          + " 13:00 met de lunch.",
      "ROOM | waar is het? | Waar Coöperatief ondernemen & de P-wet plaatsvindt, staat niet in het programma: het"
          + " noemt geen locatie.",
      "YESNO | is het online? | Waar Coöperatief ondernemen & de P-wet plaatsvindt, staat niet in het programma: het"
          + " noemt geen locatie.",
      "PEOPLE | wie is de dagvoorzitter? | Een dagvoorzitter staat niet in het programma.",
      "TIME | hoe laat is Pieter Jansen aan de beurt? | Pieter Jansen staat niet op het programma. Vraag ‘wie spreken"
          + " er?’ voor alle sprekers.",
      "PEOPLE | wie is er om 10:35 aan het woord? | Om 10:35: bij ‘Hoe benadert de gemeente Amsterdam coöperatief"
          + " ondernemen?’ (10:25–10:45) spreekt Maartje Bos (projectleider 'Meer ondernemen', gemeente Amsterdam).",
      "LIST | welke workshop duurt het langst? | Op het programma: ‘Workshop Amsterdam’ (Maartje Bos), 90 minuten"
          + " (1,5 uur), 11:00–12:30.",
      "DATE | welke datum is het evenement? | De datum staat niet in het programma: het noemt geen dag voor"
          + " Coöperatief ondernemen & de P-wet."})
  @DisplayName("says plainly what the Divosa programme does not have")
  void divosa(Asked asked, String question, String expected) {
    // given the Divosa day, which has no date, venue, rooms, borrel or question round
    // when
    Reply reply = ask(Fixtures.PROGRAMME, question);
    // then
    assertThat(reply.understanding().query().asked()).isEqualTo(asked);
    assertThat(reply.text().replace("\n", " / ")).isEqualTo(expected);
  }

  @Test
  @DisplayName("a follow-up with only a part of the day asks the last question again for that part")
  void followUpWithPartOfTheDay() {
    // given a conversation that asked for the morning workshops
    var store = Fixtures.store(CONGRESS);
    Assistant assistant = Fixtures.assistant(store, understander,
        Fixtures.clockAt(LocalDate.of(2025, 11, 13), LocalTime.of(11, 10)));
    assistant.ask("c", "welke workshops zijn er 's ochtends");
    // when
    Reply afternoon = assistant.ask("c", "en die van 's middags?");
    Reply room = assistant.ask("c", "en in welke zaal is die van Daan Kuipers?");
    // then
    assertThat(afternoon.text()).isEqualTo("In de middag: keuze uit ‘Jongeren en schulden: voorkomen is beter’ (Daan"
        + " Kuipers), in Zaal Veluwe, ‘Samenwerken met schuldeisers’ (Anouk van der Linden), in Zaal Rijn en"
        + " ‘Budgetcoaching met vrijwilligers’ (Gerrit Jan Mulder), in Zaal Gelderse Vallei, 13:15–14:30.");
    assertThat(room.text()).isEqualTo("‘Jongeren en schulden: voorkomen is beter’ (Daan Kuipers) (13:15–14:30) is in"
        + " Zaal Veluwe.");
  }

  @Test
  @DisplayName("a list longer than eight items shows eight and says how many more")
  void longListIsCut() {
    // given the congress, whose day has twelve blocks before 17:00
    // when
    Reply reply = ask(CONGRESS, "wat is er voor 17:00");
    // then
    assertThat(reply.text()).startsWith("Voor 17:00:\n• ")
        .endsWith("• … en nog 4 meer; vraag ‘wat is het programma?’ voor alles.");
    assertThat(reply.text().split("\n")).hasSize(10);
  }
}
