package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Lessons, teenagers, an asker's age and what stops at a time, on days of other shapes")
final class LessonsAndEndsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // trial lessons are the workshops where the programme speaks of lessons but no title says "les"
      "tune48-circusschool | welke proeflessen zijn er om 14:30 | Om 14:30: keuze uit ‘Acrobatiek (4-6 jaar)’"
          + " (Ramon Sluiter), in Piste en ‘Eenwieler (7-10 jaar)’ (Mirthe Claassen), in Trainingshal, 14:30–15:15.",
      // a dance show's make-up workshop is no lesson: the programme never speaks of one
      "tune45-dansschool | welke lessen zijn er | Er zijn geen lessen: die staan niet in het programma. Het"
          + " programma eindigt om 22:30 met ‘Proosten in de foyer’ (Mirjam van den Berg).",
      // titles that say "proefles" are the lessons, not the instrument carousel (a workshop on then too)
      "tune41-muziekschool | welke proeflessen zijn er om 11:00 | Om 11:00: ‘Proefles gitaar’ (Joris de Wit), in"
          + " Studio 2, 10:30–11:15.",
      // "stoppen om" is when they end
      "tune49-kasteeldag | welke dingen stoppen al om 16:00 | Om 16:00: / • ‘Kinderspeurtocht: de verdwenen"
          + " kroon’, in Start bij de kassa, 10:00–16:00 / • ‘Boogschieten voor kinderen’ (Mila Jansen), in Boomgaard,"
          + " 10:30–16:00",
      // a teenage son of 15: his age, not a clock time
      "tune49-schapenscheerdag | wat kan mijn tienerzoon van 15 doen aan workshops | Op het programma: / •"
          + " ‘Workshop wol spinnen’ (Wilma Zuidema), in Wolkamer op de zolder, 11:00–12:30 / • ‘Workshop wol"
          + " spinnen’ (Wilma Zuidema), in Wolkamer op de zolder, 13:30–15:00 / • ‘Workshop naaldvilten’ (Lieke"
          + " Dijkstra), in Deel, 14:00–15:30",
      // "ik met 15" going somewhere is the asker's age; "met 3 vrienden" is company
      "tune43-koningsdag | mag ik met 15 naar het oranjebal | Nee, uit de beschrijving van ‘Oranjebal’: Toegang"
          + " vanaf 16 jaar; neem je ID mee.",
      "tune43-koningsdag | kan ik met 3 vrienden naar het oranjebal | Ja, ‘Oranjebal’ (Bram van der Veen) is van"
          + " 20:00 tot 23:30, in Dorpshuis De Schakel. / Uit de beschrijving van ‘Oranjebal’: Het grote Oranjebal met DJ"
          + " Bram in het dorpshuis."})
  @DisplayName("lists what the words mean on that day")
  void reply(String day, String question, String expected) {
    // given that day at 11:10, when asked, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
