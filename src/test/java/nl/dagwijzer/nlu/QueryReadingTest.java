package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The structured reading of questions: what is asked, each condition and the order, on a congress programme. */
@DisplayName("Reading a question into a query")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class QueryReadingTest {
  private Understander understander;
  private Programme congress;

  @BeforeAll
  void setUp() {
    understander = Fixtures.understander();
    congress = Fixtures.store(Path.of("src/test/resources/programmes/congress.json")).current();
  }

  /** "asked conditions [order]" with each condition as type=value. */
  private static String describe(Query query) {
    String conditions = query.conditions().stream().map(c -> c.type() + "=" + c.value())
        .collect(Collectors.joining(" "));
    return (query.asked().label() + " " + conditions + query.order().map(o -> " order=" + o.label()).orElse(""))
        .strip();
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "wie is er om 10:35 aan het woord?          | people at=10:35",
      "welke workshops zijn er 's ochtends?      | list part=workshops period=morning",
      "wanneer begint de tweede ronde?           | time part=begin round=2",
      "wanneer begint ronde B?                   | time part=begin round=2",
      "wat is er om 14:00 in zaal rijn?          | list at=14:00 room=Zaal Rijn",
      "spreekt er iemand van de gemeente Arnhem? | yesno organisation=gemeente Arnhem",
      "welke workshop is het kortst?             | list part=workshops order=shortest",
      "hoeveel workshops kan ik kiezen?          | count part=workshops",
      "hoeveel stoelen zijn er in de zaal?       | list detail=capaciteit detail=zaal",
      "wat kan ik doen tijdens het slotpanel?    | list during=slotpanel",
      "wie spreekt er als de lunch voorbij is?   | people after=lunch",
      "wie zijn de gespreksleiders?              | people role=gespreksleider",
      "wat is er na de lunch van 12 uur?         | list after=lunch at=12:00",
      "hoeveel werkgroepen zijn er?              | count",
      "wat komt er na de keynote?                | list after=keynote",
      "wat is er tussen 10:20 en 10:50?          | list between=10:20-10:50",
      "wat is er van 11 tot 12?                  | list between=11:00-12:00",
      "is er een borrel?                         | yesno session=borrel detail=er-is",
      "op welke dag is het congres?              | date event=event",
      "is het congres in april?                  | yesno event=event date=APRIL detail=plaats:april",
      "is het congres in Utrecht?                | yesno event=event organisation=Hogeschool Utrecht"
          + " detail=plaats:utrecht",
      "is het online?                            | yesno detail=online",
      "wat doet Pieter Jansen op het congres?    | person unknown-person=pieter jansen",
      "wat is het telefoonnummer van Fatima El Idrissi? | person speaker=fatima-el-idrissi detail=contact:telefoonnummer",
      "hoe laat is Pieter Jansen aan de beurt?   | time unknown-person=pieter jansen",
      "wat is er om 25:99?                       | list unreadable-time=25:99",
      "wat is er om tien voor half vier?         | list at=15:20",
      "welke workshops duren langer dan een uur? | list part=workshops length=more 60",
      "staat Fatima El Idrissi vaker dan één keer op het programma? | yesno speaker=fatima-el-idrissi times=more 1",
      "geeft Fatima El Idrissi haar workshop nog een keer? | yesno speaker=fatima-el-idrissi part=workshops times=more 1",
      "welke workshops zijn er niet in zaal rijn? | list part=workshops not-room=Zaal Rijn",
      "wie leidt het slotpanel?                  | people session=slotpanel leading=leidt",
      "wat is er over een kwartier?              | list now=now+15"})
  @DisplayName("reads what is asked, every condition and the order")
  void reads(String question, String expected) {
    // given the congress programme
    // when
    Understanding understanding = understander.understand(question, congress);
    // then
    assertThat(describe(understanding.query())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" on {0} reads as {2}")
  @CsvSource(delimiter = '|', value = {
      "tune24-jeugdhulp   | tot hoelaat is het vandaag                    | time",
      "tune37-jeugdtoernooi | welke wedstrijden zijn er voor de jo9        | list session=jo9-a session=jo9-b"
          + " session=finale-jo9 detail=tekst:wedstrijden",
      "tune37-jeugdtoernooi | wat is de laatste wedstrijd van de dag       | list  order=last",
      "tune37-voorleesfeest | wat begint er zo meteen                      | list part=begin after-now=now",
      // where the day itself is held asks about the event, also "waar is het allemaal te doen"
      "tune43-koningsdag    | waar is het allemaal te doen                 | event detail=plaats-van-de-dag",
      "tune35-ict-training  | waar is de training?                         | event event=event"
          + " detail=plaats-van-de-dag",
      "tune37-jeugdtoernooi | wnr begint jo13                              | time part=begin session=jo13-a"
          + " session=jo13-b session=finale-jo13",
      "tune36-sollicitatiedag | wie geeft de cv-workshop voor groep A?     | people part=workshops session=cv-groep-a"
          + " detail=groep:groep a",
      "tune35-museumnacht | kost meedoen aan de quiz geld?                 | yesno detail=tekst:geld"
          + " detail=eigenschap:kosten:betalen session=quiz",
      "tune23-inspraak    | moet ik betalen voor deze avond                | unknown detail=eigenschap:kosten:betalen",
      "tune38-boekenbeurs | wat kost een kom soep                          | content detail=tekst:kost"
          + " detail=tekst:soep detail=eigenschap:kosten",
      "tune38-boekenbeurs | wat kost parkeren                              | unknown detail=tekst:kost"
          + " detail=eigenschap:kosten detail=tekst:parkeren",
      "tune38-boekenbeurs | kan ik pinnen bij de tweedehandskraam          | yesno detail=kan:pinnen"
          + " detail=tekst:pinnen detail=tekst:tweedehandskraam detail=eigenschap:betaalwijze:pin",
      "tune37-voorleesfeest | kan ik in de kantine pinnen                  | yesno detail=eigenschap:betaalwijze:pin",
      "tune30-opening     | duurt de rondleiding een uur                   | yesno session=rondleiding-1"
          + " session=rondleiding-2 session=rondleiding-3 session=rondleiding-4 length=equal 60",
      "tune20-mantelzorg  | waar praten ze over in de dementiegroep        | content session=groep-dementie"
          + " detail=tekst:praten",
      "tune38-huurdersvergadering | wat staat er in het jaarverslag          | content session=jaarverslag",
      "tune38-zomerkamp   | wat moet mijn kind meenemen                    | content detail=meenemen"
          + " detail=tekst:kind detail=tekst:meenemen",
      "tune37-jeugdtoernooi | is er een meidenpoule                        | yesno detail=er-is"
          + " unknown=meidenpoule",
      "tune37-jeugdtoernooi | is er een poule                              | yesno part=series:poule detail=er-is",
      "tune38-boekenbeurs | bij welke uitgeverij zit Pieter de Ruiter      | person speaker=pieter-de-ruiter"
          + " detail=organisatie",
      "tune27-festival    | met hoeveel mensen kun je mee met de wandeling | count detail=capaciteit"
          + " session=wandeling-1 session=wandeling-2",
      "tune21-webinar     | hoeveel mensen hebben zich aangemeld           | unknown detail=capaciteit",
      "tune38-boekenbeurs | wat is er voor kinderen                        | list detail=tekst:kinderen",
      "tune48-molendag    | wat is er voor kinderen te doen                | list detail=tekst:kinderen",
      "tune27-festival    | wat is het open podium                         | content session=open-podium",
      "tune30-handhaving  | hoe ziet de toets eruit                        | content session=toets",
      "tune38-zomerkamp   | wat is er na de fruitpauze voor de vossen      | list after=fruitpauze"
          + " part=series:vossen",
      "tune38-zomerkamp   | is er ijs zonder melk                          | yesno session=ijsje"
          + " detail=zonder-woord:melk detail=er-is detail=tekst:melk",
      "tune39-korenfestival | zingt het kamerkoor met begeleiding          | yesno session=cantabile"
          + " detail=tekst:begeleiding",
      "tune39-korenfestival | welk koor zingt na cantabile                 | list after=cantabile,Kamerkoor Cantabile"
          + " detail=tekst:koor",
      "tune39-korenfestival | wat zingt het seniorenkoor                   | content session=zilveren-stemmen",
      "tune39-korenfestival | wat gaat het seniorenkoor zingen             | content session=zilveren-stemmen"
          + " detail=tekst:zingen",
      "tune39-hondenshow  | in welke ring is de jeugdhandling             | room session=jeugdhandling detail=zaal",
      "tune37-jeugdtoernooi | op welk veld speelt jo9 poule b              | room session=jo9-b detail=zaal",
      "tune9-schuldenwerk | welke break-outs zijn er                      | list part=series:breakout",
      "tune39-hondenshow  | wanneer is de agilitydemo                     | time session=agility",
      "tune37-ziekenhuis  | lezing cardio hoe laat                        | time session=lezing-hart",
      "tune7-hackathon    | welke sessies gaan over privacy               | list unknown=privacy",
      "tune36-bewonersconferentie | mag ik zelf een aannemer kiezen       | yesno session=markt-middag"
          + " session=markt-avond detail=kan:kiezen",
      "tune35-ict-training | wat is er tussen de twee labrondes            | list between=1 detail=vlak",
      "tune35-ict-training | hoeveel labrondes zijn er                     | count detail=hoeveel:rondes",
      "tune30-gsport      | gaat g-voetbal door als het regent            | yesno detail=slecht-weer:ja-nee"
          + " session=voetbal-ochtend session=voetbal-middag",
      "tune18-awards      | waar kan ik mijn jas kwijt                    | unknown detail=tekst:garderobe",
      "tune27-festival    | gaat het festival door als het regent         | unknown detail=slecht-weer:ja-nee",
      // "begint A voor B?" orders two sessions, also when a role names A
      "tune58-waterschapsdag | begint de lezing van de dijkgraaf voor de soep | yesno part=begin part=lezing"
          + " role=dijkgraaf before=soep",
      // a session's own name, not a slip of the role "boekbinder"; "genomineerd" is the role "genomineerde" still
      "tune58-drukkerijdag | wanneer is boekbinden                         | time session=boekbinden-1"
          + " session=boekbinden-2",
      "tune34-prijsuitreiking | is voedselbank nijkerk genomineerd?        | yesno role=genomineerde"
          + " detail=tekst:voedselbank detail=tekst:nijkerk",
      "tune47-wijnoogst   | krijg je wat als je een emmer vol plukt       | yesno detail=er-is detail=tekst:emmer"
          + " detail=krijgt-iets:emmer vol plukt",
      "tune25-reanimatie  | wie geeft de reanimatieles                     | people session=r1-reanimatie"
          + " session=r2-reanimatie session=r3-reanimatie",
      "tune39-security    | moet ik mijn telefoon meenemen                | yesno detail=meenemen:telefoon",
      "tune40-hardloopdag | hoe lang duurt het nog voor de 10 km start    | duration session=tien-km"
          + " room=Start IJsselkade detail=nog",
      "tune39-security    | is er een workshop over ransomware            | yesno part=workshops"
          + " unknown=ransomware detail=er-is",
      "tune36-bewonersconferentie | mag ik naar de markt komen            | yesno session=markt-middag"
          + " session=markt-avond detail=kan:komen",
      "tune36-sollicitatiedag | hoeveel werkgevers doen mee aan de speedinterviews | count session=speedinterviews"
          + " session=speedinterviews detail=items",
      "tune39-security    | hoe werkt de phishing game                    | content session=phishing",
      "tune39-security    | hoe werkt dit                                 | help",
      "tune39-security    | telefoon workshop tijden                      | time session=tel-1 session=tel-2",
      "tune39-korenfestival | tijden kinderkoor                           | time session=zingertjes",
      "tune32-voorspeelmiddag | bij welk optreden spelen ze trompet       | list part=series:optreden"
          + " detail=tekst:trompet",
      "tune35-ict-training | hoeveel plaatsen heeft het ai-lab              | count session=ai-1 detail=capaciteit"
          + " detail=hoeveel:plaatsen detail=tekst:plaatsen",
      "tune39-hondenshow  | whats happening rn                            | list now=now",
      "tune21-hackathon   | mag een team uit twee personen bestaan        | yesno session=pitches"
          + " detail=groepsgrootte:2",
      "tune37-ziekenhuis  | restaurant open tot?                          | time session=lunch",
      "tune39-security    | passwords workshop room?                      | room session=ww-1 session=ww-2"
          + " part=workshops",
      "tune40-hardloopdag | welke afstand is het duurst                   | unknown detail=prijs:duurst",
      "tune40-hardloopdag | welke lopen kosten minder dan 15 euro         | list topic=Inschrijfgeld"
          + " detail=prijs:onder:15",
      "tune39-security    | moet ik me inschrijve voor workshops          | yesno part=workshops"
          + " detail=tekst:inschrijven",
      "tune16-posters     | wie pitcht als eerste                         | people session=pitches order=first",
      "tune22-banenmarkt  | wie organiseert deze banenmarkt               | event detail=pronoun",
      "tune25-netwerk     | wie staat er in kraam 8                       | people session=marktplaats"
          + " detail=label:kraam 8",
      "tune24-zorgtech    | hoe lang duurt de lezing nog                  | duration part=series:lezing detail=nog:lopend",
      "tune10-regiodag    | over welke stellingen gaat het lagerhuisdebat | content session=lagerhuisdebat detail=items"
          + " detail=tekst:stellingen",
      "tune12-kennismarkt | wat moet ik meenemen naar de kennismarkt      | content event=event detail=meenemen"
          + " detail=tekst:meenemen",
      "tune13-excursie    | wat doet groep A na de rondleiding            | list after=rondleiding-a,rondleiding-b"
          + " detail=groep:groep a detail=tekst:groep",
      "tune12-debat       | duurt het debat tot 22:30                     | yesno part=panel until=22:30 detail=duurt-tot",
      "tune12-tracks      | waar is Ingrid van Wijk allemaal bij          | list speaker=ingrid-van-wijk",
      "tune18-afscheid    | wat is er te eten en drinken in de pauze      | content part=maaltijd part=koffie session=pauze",
      "tune25-verwenmiddag | wat zit er in de goodiebag                   | content session=afsluiting",
      // whether a grown-up must come along, also where the question opens with the child; not what a parent can do
      "tune53-boomfeestdag | mijn zoon is 7, moet ik meehelpen met het vogelhuisje timmeren | time"
          + " session=vogelhuisjes-1 session=vogelhuisjes-2 detail=leeftijd:7 detail=begeleiding:moet",
      "tune48-circusschool | wat kan ik als ouder doen terwijl mijn kind in ronde 1 zit | content session=ouderinfo"
          + " session=vragenronde round=1 detail=leeftijd:1 detail=tekst:kind",
      // a place after the name shared by several sessions says which one the relation is to; not a name without it
      "tune53-boomfeestdag | wat komt er na het planten bij de molenbeek | list after=planten-molenbeek",
      "tune33-werkbezoek  | wat is er voor de rondleiding bij de voedselbank | list before=vb-rondleiding",
      "tune48-molendag    | wanneer kan ik bij fortuna na de eerste keer kruien weer kruien zien | time"
          + " session=open-fortuna after=demo-fortuna-1,demo-fortuna-2,Kruien topic=Kruien detail=doel:1",
      "tune29-taalcafe    | welke gesprekken gaan over werk               | list mention=werk",
      "tune27-heidag      | wat voor eten is er bij het diner             | content session=diner session=diner",
      "tune29-taalcafe    | wat voor hapjes zijn er in de pauze           | content session=pauze session=pauze",
      // one session named by its own words: what it holds, not the session named back; but which one, a room's, or
      // another one related to it is a list
      "tune34-congres-tracks | wat is er in de theepauze                   | content session=thee",
      "tune30-handhaving  | wat staat er op het certificaat               | content session=certificaten",
      "tune17-bijscholing | welke sessie gaat over psychische problemen   | list session=keuze-b session=keuze-b",
      "tune32-leerlunch   | wat is er in room 3                           | list room=Breakoutroom 3",
      "tune12-debat       | wat komt er na het blok over wonen            | list after=wonen",
      // the next one of a kind named in the singular, also typed wrong; numbered rounds of a quiz are a series
      "congress           | wat is de volgnde workshop                    | list part=workshops after-now=now",
      "tune46-quiz        | wat volgt er op de bingo                      | list after=bingo",
      // the part of the day right after an hour says which hour, it narrows nothing
      "tune46-corso       | wat kan ik na vijf uur 's middags nog doen    | list from=17:00",
      "tune46-quiz        | welke rondes zijn er voor 21:00               | list part=series:ronde until=21:00",
      "tune35-kookstudio  | wat maak je bij de workshop fermenteren?      | content"
          + " session=fermenteren-ronde-1 session=fermenteren-ronde-2 session=fermenteren-ronde-3",
      "tune35-ict-training | wat laat fatma yilmaz zien?                  | content speaker=fatma-yilmaz",
      // a verb before "je" without its -t, and a short verb in -t, open a yes/no question
      "tune35-ict-training | werk je in het ai-lab in een testomgeving?   | yesno session=ai-1 detail=tekst:testomgeving",
      "tune35-ict-training | telt de dag als werktijd?                   | yesno detail=tekst:telt detail=tekst:werktijd",
      "tune31-jubileum    | wat krijg je mee als je in de photo booth op de foto gaat | content"
          + " session=photobooth session=photobooth",
      // someone from an organisation whose name a session's text also has: the organisation's people
      "tune36-sollicitatiedag | wie komt er van het UWV?                  | people organisation=UWV Zwolle",
      // an age is no clock time: "van 4" beside a child, and a child of an age is no thing missing
      "tune36-sollicitatiedag | is er kinderopvang?? ik heb een dochter van 4 | yesno"
          + " detail=er-is detail=leeftijd:4 detail=tekst:kinderopvang",
      // "waar" with a session named by what it repairs: where it is, though the classifier finds it out of scope
      "tune36-repaircafe  | waar kan ik mijn laptop laten nakijken?       | room session=computers",
      "tune36-repaircafe  | ik heb een lekke band, waar kan ik terecht?   | room session=bandplakken",
      // a long word of one title, though that title is given three times
      "tune35-museumnacht | wie speelt de gasthuismoeder                  | people session=voorstelling-1"
          + " session=voorstelling-2 session=voorstelling-3",
      // the parts whose texts have the words: all day, and where they are
      "tune35-museumnacht | wat is er allemaal gratis?                    | list detail=tekst:gratis",
      "tune35-museumnacht | waar is muziek te horen?                      | list detail=tekst:muziek",
      "tune35-museumnacht | waarvoor moet ik me aanmelden?                | list detail=aanmelden-lijst",
      // "vandaag" asks for the person's sessions of the day, as "allemaal" does
      "tune35-kookstudio  | wat doet hans de bruijn vandaag?              | list speaker=hans-de-bruijn",
      "tune29-stagemarkt  | wat is er allemaal voor de standhouders       | list mention=standhouders",
      "tune28-wijkverpleging | is workshop b in de eikenzaal              | yesno session=b-1 session=b-2"
          + " session=b-3 room=Eikenzaal",
      "tune26-nascholing  | wat gaan we doen in de workshop sociale kaart | content session=sociale-kaart-1"
          + " session=sociale-kaart-2",
      "tune27-heidag      | wat moet ik aan voor het varen                | content session=boottocht detail=kleding",
      "tune23-seniorenbeurs | bij welk kantoor werkt annelies verbeek     | person speaker=annelies-verbeek",
      "tune18-afscheid    | hoe heet het boek voor marianne               | content session=liber-amicorum"
          + " before=marianne-ten-hove",
      "tune18-afscheid    | om hoeveel uur begint de opening              | time part=begin session=opening",
      "tune18-afscheid    | wie is er nu aan het woord                    | people now=now",
      "tune18-informatieavond | wie staan er allemaal achter de stands    | people part=series:stand",
      "tune18-informatieavond | wat kun je doen bij de stand spelen en jongeren | content"
          + " part=series:stand session=stand-spelen session=stand-spelen",
      "tune17-burgerberaad | hoe hoog worden de windturbines              | unknown detail=tekst:windturbines"
          + " detail=eigenschap:maat",
      "tune18-informatieavond | wat gaat de herinrichting van het plein kosten | content"
          + " topic=Herinrichting Lindeplein detail=tekst:herinrichting detail=tekst:kosten detail=eigenschap:kosten",
      // a price for an age is still a price; "iets voor kids?" asks what there is for them
      "tune60-vogeltrekdag | wat kost de zonsopkomstwandeling voor een kind van 10 | content detail=leeftijd:10"
          + " detail=eigenschap:kosten session=zonsopkomstwandeling detail=prijs-van:zonsopkomstwandeling",
      "tune55-paddenstoelendag | iets voor kids                                 | list detail=tekst:kinderen"})
  @DisplayName("reads questions about a session's contents, groups, ends and properties on other days")
  void readsOnOtherDays(String programme, String question, String expected) {
    // given
    Programme day = Fixtures.store(Path.of("src/test/resources/programmes/" + programme + ".json")).current();
    // when
    Understanding understanding = understander.understand(question, day);
    // then
    assertThat(describe(understanding.query())).isEqualTo(expected);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} about one session")
  @org.junit.jupiter.params.provider.EnumSource(value = Intent.class, names = {"NOW", "WORKSHOPS", "PROGRAMME", "ABOUT",
      "WHEN"})
  @DisplayName("a request read without words (a slash command, a bare name) about one session is read whole")
  void readsWithoutWords(Intent intent) {
    // given one session and no words, as a slash command gives them
    Entity session = new Entity(EntityType.SESSION, "ws-breda", "workshop breda");
    // when
    Query query = understander.query(intent, java.util.List.of(session));
    // then
    assertThat(query.all(Condition.About.class)).extracting(c -> c.entity().id()).contains("ws-breda");
  }
}
