package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole reply text per intent on the real programme. Every expected string was checked by hand against
 * programme.json and the organisers' text it was made from: times, names, roles and durations are theirs, and a
 * 45-minute workshop in a 90-minute block never gets a start time the programme does not give.
 */
@DisplayName("Reply texts on the real programme")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ReplyTextTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final String EVENT = "Divosa Vrijdag: Coöperatief ondernemen & de P-wet";
  private static final String WORKSHOP_CHOICE = "‘Workshop Amsterdam’ (Maartje Bos), ‘Workshop Zoetermeer’ "
      + "(Annemiek Enter, 45 minuten) en ‘Workshop Breda’ (Michiel Luigjes, 45 minuten)";
  private static final String WORKSHOP_LINES = "• ‘Workshop Amsterdam’ door Maartje Bos, 90 minuten (1,5 uur)\n"
      + "• ‘Workshop Zoetermeer’ door Annemiek Enter, 45 minuten\n"
      + "• ‘Workshop Breda’ door Michiel Luigjes, 45 minuten";
  private static final String EXAMPLES_HINT =
      "‘wanneer is de lunch?’, ‘wie spreekt over Breda?’ of ‘welke workshops zijn er?’";

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  private Reply ask(String clock, String question) {
    // A fresh assistant per question: no context from an earlier question can colour the reply.
    Assistant assistant = Fixtures.assistant(Fixtures.store(Fixtures.PROGRAMME), understander,
        Fixtures.clockAt(DAY, LocalTime.parse(clock)));
    return assistant.ask("reply-text", question);
  }

  static Stream<Arguments> replies() {
    return Stream.of(
        // when
        Arguments.of(Intent.WHEN, "11:10", "wanneer is de lunch", "De lunch is van 12:30 tot 13:00."),
        Arguments.of(Intent.WHEN, "11:10", "wanneer is de workshop van Zoetermeer",
            "‘Workshop Zoetermeer’ (Annemiek Enter) duurt 45 minuten en valt tussen 11:00 en 12:30; "
                + "hoe laat precies staat niet in het programma."),
        Arguments.of(Intent.WHEN, "11:10", "wanneer spreekt Maartje Bos",
            "Maartje Bos staat 2 keer op het programma:\n"
                + "‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos) is van 10:25 tot 10:45.\n"
                + "‘Workshop Amsterdam’ (Maartje Bos) is van 11:00 tot 12:30."),
        // who
        Arguments.of(Intent.WHO, "11:10", "wie spreekt over Breda",
            "Bij ‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) spreekt Michiel Luigjes "
                + "(beleidsadviseur Sociaal Domein, gemeente Breda)."),
        Arguments.of(Intent.WHO, "11:10", "wie geeft de inleiding",
            "Bij ‘Algemene inleiding over coöperatief ondernemen’ (10:05–10:25) spreken Bob de Levita "
                + "(adviseur, Radar Advies) en David Sondorp (adviseur, Radar Advies)."),
        Arguments.of(Intent.WHO, "11:10", "wie spreekt bij de koffiepauze",
            "Bij de koffiepauze (10:45–10:55) staat geen spreker in het programma."),
        // person
        Arguments.of(Intent.PERSON, "11:10", "wie is Michiel Luigjes",
            "Michiel Luigjes is beleidsadviseur Sociaal Domein bij gemeente Breda. "
                + "Op het programma: ‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30)."),
        Arguments.of(Intent.PERSON, "11:10", "wie is Maartje Bos",
            "Maartje Bos is projectleider 'Meer ondernemen' bij gemeente Amsterdam. Op het programma: "
                + "‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (10:25–10:45) en "
                + "‘Workshop Amsterdam’ (11:00–12:30)."),
        // about
        Arguments.of(Intent.ABOUT, "11:10", "waar gaat de workshop van Breda over",
            "‘Workshop Breda’ (Michiel Luigjes, 45 minuten), 11:00–12:30: Breda is één van de eerste Nederlandse "
                + "gemeenten waar het idee van coöperatief ondernemerschap vaste vorm kreeg. Ruim drie jaar geleden "
                + "zagen twee coöperaties, waaronder De Vrije Uitloop, daar het levenslicht. De gemeente Breda trad "
                + "in november 2016 toe als sociaal aandeelhouder in coöperatie De Vrije Uitloop; daarmee worden de "
                + "gemeente en De Vrije Uitloop gelijkwaardige partners en dragen zij samen de verantwoordelijkheid "
                + "voor participatie van de deelnemers.\n"
                + "Aan bod komen:\n"
                + "• Wat er de afgelopen drie jaar is geleerd\n"
                + "• Wat sociaal aandeelhouderschap inhoudt en waarom daar voor gekozen is\n"
                + "• Hoe het nu verder gaat"),
        Arguments.of(Intent.ABOUT, "11:10", "wat is Zoete Kruimels",
            "Zoete Kruimels: De sociale coöperatie van de gemeente Zoetermeer, tot stand gekomen met de gemeente "
                + "als initiator van een burgerinitiatief.\n"
                + "Daarover gaat: ‘Workshop Zoetermeer’ (Annemiek Enter, 45 minuten), 11:00–12:30."),
        // duration
        Arguments.of(Intent.DURATION, "11:10", "hoe lang duurt de workshop van Breda",
            "‘Workshop Breda’ (Michiel Luigjes) duurt 45 minuten, ergens tussen 11:00 en 12:30; "
                + "hoe laat precies staat niet in het programma."),
        Arguments.of(Intent.DURATION, "11:10", "hoe lang duurt de workshop van Amsterdam",
            "‘Workshop Amsterdam’ (Maartje Bos) duurt 90 minuten (1,5 uur), van 11:00 tot 12:30."),
        Arguments.of(Intent.DURATION, "11:10", "hoe lang duurt de dag",
            "Het programma duurt van 10:00 tot 13:00, 180 minuten (3 uur)."),
        // now
        Arguments.of(Intent.NOW, "11:10", "wat is er nu",
            "Nu (11:10): keuze uit " + WORKSHOP_CHOICE + ", 11:00–12:30."),
        Arguments.of(Intent.NOW, "10:57", "wat is er nu",
            "Nu (10:57) staat er niets op het programma. Om 11:00 beginnen tegelijk " + WORKSHOP_CHOICE + "."),
        Arguments.of(Intent.NOW, "09:30", "wat is er nu",
            "Nu (09:30) staat er niets op het programma. Het programma begint om 10:00 met ‘Welkom’ "
                + "(Gertru Diender)."),
        Arguments.of(Intent.NOW, "13:30", "wat is er nu",
            "Nu (13:30) staat er niets meer op het programma; het programma eindigde om 13:00."),
        Arguments.of(Intent.NOW, "13:30", "wat is er om 10 uur",
            "Om 10:00: ‘Welkom’ (Gertru Diender), 10:00–10:05."),
        // next
        Arguments.of(Intent.NEXT, "10:30", "wat komt er hierna",
            "Hierna, van 10:45 tot 10:55: de koffiepauze."),
        Arguments.of(Intent.NEXT, "11:10", "wat komt er na de inleiding",
            "Na ‘Algemene inleiding over coöperatief ondernemen’, van 10:25 tot 10:45: ‘Hoe benadert de "
                + "gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos)."),
        Arguments.of(Intent.NEXT, "11:10", "wat komt er na de lunch",
            "Na de lunch staat er niets meer op het programma; het programma eindigt om 13:00."),
        // the day, small talk and what the bot cannot answer
        Arguments.of(Intent.EVENT, "11:10", "waar gaat deze dag over",
            EVENT + ", georganiseerd door Divosa. Het programma loopt van 10:00 tot 13:00.\n"
                + "Welke voordelen heeft het voor gemeenten om bijstandsgerechtigden toe te staan parttime te "
                + "ondernemen in een coöperatie? Hoe formuleer je heldere afspraken met de coöperatie binnen de "
                + "kaders van de Participatiewet? En wat is er nodig om deze samenwerking tot een succes te maken? "
                + "Daarover gaat de Divosa Vrijdag: Coöperatief ondernemen & de P-wet."),
        Arguments.of(Intent.GREETING, "11:10", "hallo",
            "Hallo! Ik ben Dagwijzer en beantwoord je vragen over " + EVENT
                + ". Vraag bijvoorbeeld: ‘wanneer is de lunch?’"),
        Arguments.of(Intent.THANKS, "11:10", "bedankt",
            "Graag gedaan! Vraag gerust verder als je nog iets wilt weten."),
        Arguments.of(Intent.HELP, "11:10", "help",
            "Ik beantwoord vragen over het programma van " + EVENT + ": tijden, sprekers, zalen, workshops en waar de "
                + "onderdelen over gaan. Vraag bijvoorbeeld:\n"
                + "• wanneer is de lunch?\n"
                + "• wie spreekt over Breda?\n"
                + "• welke workshops zijn er?\n"
                + "• wat is er nu?"),
        Arguments.of(Intent.REMIND, "11:10", "herinner me aan de lunch",
            "Een eigen programma bijhouden kan op Discord: kies daar met /kies en vraag /mijnprogramma.\n"
                + "De lunch is van 12:30 tot 13:00."),
        Arguments.of(Intent.CHOOSE, "11:10", "ik ga naar iets",
            "Een eigen programma bijhouden kan op Discord: kies daar met /kies en vraag /mijnprogramma."),
        Arguments.of(Intent.UNKNOWN, "11:10", "wat is het wifi wachtwoord",
            "Dat weet ik niet: het staat niet in het programma van deze dag. Je kunt bijvoorbeeld vragen: "
                + EXAMPLES_HINT + "."));
  }

  @ParameterizedTest(name = "{0} at {1}: \"{2}\"")
  @MethodSource("replies")
  @DisplayName("answers each kind of question with the programme's own facts")
  void reply(Intent intent, String clock, String question, String expected) {
    // given a fresh assistant on the real programme at the clock time
    // when
    Reply reply = ask(clock, question);
    // then
    assertThat(reply.understanding().intent()).isEqualTo(intent);
    assertThat(reply.text()).isEqualTo(expected);
  }

  @Test
  @DisplayName("lists the workshops per block, as text and as overview entries")
  void workshops() {
    // given a fresh assistant on the real programme
    // when
    Reply reply = ask("11:10", "welke workshops zijn er");
    // then
    assertThat(reply.understanding().intent()).isEqualTo(Intent.WORKSHOPS);
    assertThat(reply.text()).isEqualTo("Van 11:00 tot 12:30 kun je kiezen uit:\n" + WORKSHOP_LINES);
    assertThat(reply.overview()).contains(new Overview("Workshops",
        List.of(new Overview.Entry("11:00–12:30", WORKSHOP_LINES))));
  }

  @Test
  @DisplayName("shows the whole day, as text and as one overview entry per block")
  void programme() {
    // given a fresh assistant on the real programme
    // when
    Reply reply = ask("11:10", "wat is het programma");
    // then
    assertThat(reply.understanding().intent()).isEqualTo(Intent.PROGRAMME);
    assertThat(reply.text()).isEqualTo("Het programma van " + EVENT + ":\n"
        + "10:00–10:05 ‘Welkom’ (Gertru Diender)\n"
        + "10:05–10:25 ‘Algemene inleiding over coöperatief ondernemen’ (Bob de Levita en David Sondorp)\n"
        + "10:25–10:45 ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos)\n"
        + "10:45–10:55 De koffiepauze\n"
        + "11:00–12:30 Keuze uit " + WORKSHOP_CHOICE + "\n"
        + "12:30–13:00 De lunch");
    assertThat(reply.overview()).contains(new Overview(EVENT, List.of(
        new Overview.Entry("10:00–10:05", "‘Welkom’ (Gertru Diender)"),
        new Overview.Entry("10:05–10:25",
            "‘Algemene inleiding over coöperatief ondernemen’ (Bob de Levita en David Sondorp)"),
        new Overview.Entry("10:25–10:45", "‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos)"),
        new Overview.Entry("10:45–10:55", "De koffiepauze"),
        new Overview.Entry("11:00–12:30", "Keuze uit " + WORKSHOP_CHOICE),
        new Overview.Entry("12:30–13:00", "De lunch"))));
  }

  @Test
  @DisplayName("shows what runs now as an overview entry for the block")
  void nowOverview() {
    // given a fresh assistant on the real programme during the workshops
    // when
    Reply reply = ask("11:10", "wat is er nu");
    // then
    assertThat(reply.overview()).contains(new Overview("Nu (11:10)",
        List.of(new Overview.Entry("11:00–12:30", "Keuze uit " + WORKSHOP_CHOICE))));
  }

  @Test
  @DisplayName("gives no overview for a reply about one thing")
  void noOverviewForOneThing() {
    // given a fresh assistant on the real programme
    // when
    Reply reply = ask("11:10", "wanneer is de lunch");
    // then
    assertThat(reply.overview()).isEmpty();
  }
}
