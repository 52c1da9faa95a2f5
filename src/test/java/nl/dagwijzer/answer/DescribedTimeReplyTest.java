package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions about a time only a description gives ("hoe laat wordt de groepsfoto gemaakt?",
 * "tot wanneer kan ik stemmen?", "sluit de stemming om 22:00?"): the sentence with the question's words and a clock
 * time; no such sentence is an honest "niet in het programma" ("de buurtbus" is no "buurthuis", whose sentence has
 * the time). Line breaks " / ".
 */
@DisplayName("Replies with a time only a description gives")
final class DescribedTimeReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune21-wijkschouw.json | hoe laat vertrekt de buurtbus | Dat staat niet letterlijk in het programma,"
          + " maar dit wel: / Uit de beschrijving van ‘Welkom en uitleg van de route’: Wie slecht ter been is, kan"
          + " mee met de buurtbus van Wijkracht Hengelo; meld dit bij de inloop.",
      "tune18-awards.json | tot wanneer kan ik stemmen | Uit de beschrijving van ‘Intermezzo: spoken word"
          + " door Samira Ait Lahcen’: De stemming voor de publieksprijs sluit om 22:00.",
      "tune18-awards.json | sluit de stemming om 22:00 | Ja, uit de beschrijving van ‘Intermezzo: spoken"
          + " word door Samira Ait Lahcen’: De stemming voor de publieksprijs sluit om 22:00.",
      "tune18-afscheid.json | hoe laat gaan de deuren van de grote zaal open | Uit de beschrijving van de"
          + " inloop met koffie en thee: Om 13:25 gaan de deuren van de Grote Zaal open.",
      "tune18-afscheid.json | hoe laat wordt de groepsfoto gemaakt | Uit de beschrijving van de"
          + " afscheidsreceptie: Om 17:30 wordt op de trap in de foyer een groepsfoto gemaakt met alle"
          + " (oud-)collega's van het Sociaal Domein.",
      "tune13-leergang.json | hoe laat gaat de receptie open | Wanneer de receptie open is, staat niet in "
          + "het programma. Het programma loopt van 09:00 tot 16:30.",
      "tune17-webinarreeks.json | tot wanneer kan ik me inschrijven | Een tijd daarvoor staat niet in het"
          + " programma; wel dit, uit de beschrijving van de dag: U kunt zich voor elk webinar apart aanmelden;"
          + " deelname is gratis.",
      // a room named by the last part of its name; what is in it, not a sentence about the route with "open"
      "tune40-hardloopdag.json | vanaf hoe laat is het secretariaat open | ‘Startnummers ophalen en"
          + " na-inschrijven’ (Dennis van Dam) is van 08:00 tot 11:30, in Wedstrijdsecretariaat, Stadsgehoorzaal.",
      // "de laatste" of something no session is: the sentence that says "de laatste", not the day's last session
      "tune46-oldtimer.json | hoe laat vertrekt de laatste auto | Uit de beschrijving van ‘Start van de rit’: Er"
          + " rijden 62 equipes mee; de laatste auto vertrekt om 10:02."})
  @DisplayName("the sentence with the time is quoted, or the time is said to be missing")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{2}\" at {1} on {0}")
  @CsvSource(delimiter = '|', value = {
      // "verloting" where the texts only say "verloot": the verb the texts use
      "tune60-timmerdag.json | 16:30 | hoe laat is de verloting vd schaal | Uit de beschrijving van ‘Demonstratie"
          + " houtdraaibank’: De schaal uit de laatste demonstratie wordt om 16:45 op de borrel verloot onder de"
          + " bezoekers.",
      "tune60-timmerdag.json | 16:30 | hoe lang nog tot de verloting van de schaal | Nog 15 minuten: uit de"
          + " beschrijving van ‘Demonstratie houtdraaibank’: De schaal uit de laatste demonstratie wordt om 16:45 op"
          + " de borrel verloot onder de bezoekers."})
  @DisplayName("the wait until a time only a sentence gives, from the clock")
  void waits(String programme, String time, String question, String expected) {
    // given the programme and the time asked, when
    String reply = replyAt(java.time.LocalTime.parse(time), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
