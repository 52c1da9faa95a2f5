package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions that ask about the whole day though they name no time: a word the descriptions must have
 * after "wat is er", an age with "wat kan ik doen" (rows from the misses of the later tuning days).
 */
@DisplayName("Questions about the whole day, not about now")
final class AcrossTheDayReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "wat is er gratis?": what is free over the day, not "Dat weet ik niet" nor what runs now (nor the barbecue,
      // free for volunteers but "Partners en huisgenoten betalen € 7,50", nor the tasting's "Een proefkaart kost")
      "tune55-klusdag | wat is er gratis | Op het programma: / • ‘Kinderklushoek’ (Lotte Schuurman), in Dorpshuis"
          + " De Wingerd, kleine zaal, 09:30–15:30 / • ‘Informatiemarkt vrijwilligerswerk’ (Fatima El Amrani), in"
          + " Dorpshuis De Wingerd, grote zaal, 13:00–16:00",
      "tune52-bakwedstrijd | wat is er vandaag gratis | Op het programma: / • ‘Inleveren kindercategorie’, in"
          + " Bovenzaal, 09:00–09:45 / • ‘Demonstratie zuurdesembrood’ (Ruud Lammers), in Keuken, 10:30–11:15 /"
          + " • ‘Demonstratie zuurdesembrood’ (Ruud Lammers), in Keuken, 13:45–14:30 / • de borrel, in Café,"
          + " 17:00–18:00",
      // "welke ... zijn ...?" read as unknown by the classifier: which ones
      "tune50-fotomarathon | welke activiteiten zijn gratis | Op het programma: / • ‘Fotowandeling met gids’ (Els"
          + " Verhoeven), in Grote Markt, bij het standbeeld van Laurens Coster, 12:15–13:45 / • ‘Fotospreekuur’ (Dirk"
          + " Mulder), in Bibliotheekcafé, 14:00–15:00 / • de afsluitende borrel, in Bibliotheekcafé, 18:00–18:30",
      // "iets voor peuters?" in chat: what there is for those ages
      "tune49-schapenscheerdag | iets voor peuters? | Op het programma: ‘Knuffelhoek’, in Knuffelweide naast de stal,"
          + " 10:00–16:00.",
      // "is er iets voor ... van 4 jaar?" with an age: the list for it, not a yes or no
      "tune57-erfgoedspoordag | is er iets voor mijn kleuter van 4 jaar | Op het programma: / •"
          + " ‘Modelspoortentoonstelling 'De Veenlijn in het klein'’ (Bart Jongsma), in Station Kleidijk, 09:30–17:00 /"
          + " • ‘Stoomrit Veenhorst – Kleidijk’ (Dirk Wolters en Jorrit Baas), in Station Veenhorst, 10:00–11:15 / •"
          + " ‘Dieselrit Kleidijk – Veenhorst’ (Anton Heikamp), in Station Kleidijk, 10:45–11:45 / • ‘Avondrit met"
          + " diner 'Sporen bij schemer'’ (Dirk Wolters en Marloes Timmer), in Station Veenhorst, 18:30–21:30",
      // an age and a part of the day, read by the classifier as a call for help: what that age can do then
      "tune55-klusdag | ik ben 17, wat kan ik 's middags doen | In de middag: / • ‘Klus 5: Zwerfafval prikken’"
          + " (Gerrit Lubbers), in Muziektent op de Brink, 13:30–15:30 / • ‘Klus 8: Heggen snoeien langs het Kerkpad’"
          + " (Wim de Groot), in Dorpskerk, Kerkplein 1, 13:30–16:00 / • ‘Klus 4: Wandelen met bewoners’"
          + " (Marloes Timmer), in Zorgcentrum Het Hoge Veld, Molenweg 3, 14:00–15:30"})
  @DisplayName("lists what the whole day has")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
