package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attendee question sets the intents and the understanding were tuned on, and the older sets of the Divosa day.
 * A question counts as right when the intent (or what it asks) is right, every fact is in the reply and no
 * forbidden text is. Every miss is printed, since these sets are for tuning; the held-out sets are in
 * {@link HeldOutQuestionSetTest}, which prints only figures.
 */
@DisplayName("Attendee question sets (tuned)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class QuestionSetTest {
  static final Path QUESTIONS = Path.of("src/test/resources/questions");

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @ParameterizedTest(name = "{0} on {1}: at least {2} right")
  @CsvSource({
      "divosa-tune.tsv,        programme.json,                                0.97",
      "divosa-heldout.tsv,     programme.json,                                0.97",
      "divosa-blind.tsv,       programme.json,                                0.97",
      "other-day.tsv,          src/test/resources/programmes/other-day.json,  0.97",
      "tune/tune-divosa.tsv,   programme.json,                                0.93",
      "tune/tune-congress.tsv, src/test/resources/programmes/congress.json,   0.93",
      "tune/tune-online.tsv,   src/test/resources/programmes/online.json,     0.93",
      "tune/tune-regional.tsv, src/test/resources/programmes/regional.json,   0.93",
      "tune/tune-dated.tsv,    src/test/resources/programmes/dated.json,      0.93",
      "tune2/tune2-divosa.tsv,   programme.json,                                0.85",
      "tune2/tune2-congress.tsv, src/test/resources/programmes/congress.json,   0.85",
      "tune2/tune2-online.tsv,   src/test/resources/programmes/online.json,     0.85",
      "tune2/tune2-regional.tsv, src/test/resources/programmes/regional.json,   0.85",
      "tune2/tune2-dated.tsv,    src/test/resources/programmes/dated.json,      0.85",
      "tune2/tune2-other.tsv,    src/test/resources/programmes/other-day.json,  0.85",
      "tune3/tune3-netwerkmiddag.tsv, src/test/resources/programmes/tune3-netwerkmiddag.json, 0.80",
      "tune3/tune3-studiedag.tsv,     src/test/resources/programmes/tune3-studiedag.json,     0.80",
      "tune3/tune3-webinar.tsv,       src/test/resources/programmes/tune3-webinar.json,       0.80",
      "tune4/tune4-raadsinformatie.tsv, src/test/resources/programmes/tune4-raadsinformatie.json, 0.80",
      "tune4/tune4-zorgcongres.tsv,     src/test/resources/programmes/tune4-zorgcongres.json,     0.80",
      "tune4/tune4-online-training.tsv, src/test/resources/programmes/tune4-online-training.json, 0.76",
      "tune5/tune5-armoede.tsv,       src/test/resources/programmes/tune5-armoede.json,       0.85",
      "tune5/tune5-bewonersavond.tsv, src/test/resources/programmes/tune5-bewonersavond.json, 0.84",
      "tune5/tune5-kennissessie.tsv,  src/test/resources/programmes/tune5-kennissessie.json,  0.82",
      "tune6/tune6-symposium.tsv, src/test/resources/programmes/tune6-symposium.json, 0.83",
      "tune6/tune6-regio.tsv,     src/test/resources/programmes/tune6-regio.json,     0.79",
      "tune6/tune6-webinar.tsv,   src/test/resources/programmes/tune6-webinar.json,   0.77",
      "tune7/tune7-alv.tsv,       src/test/resources/programmes/tune7-alv.json,       0.84",
      "tune7/tune7-opendag.tsv,   src/test/resources/programmes/tune7-opendag.json,   0.75",
      "tune7/tune7-hackathon.tsv, src/test/resources/programmes/tune7-hackathon.json, 0.79",
      "tune8/tune8-schuldhulp.tsv, src/test/resources/programmes/tune8-schuldhulp.json, 0.88",
      "tune8/tune8-inwerkdag.tsv,  src/test/resources/programmes/tune8-inwerkdag.json,  0.83",
      "tune8/tune8-mantelzorg.tsv, src/test/resources/programmes/tune8-mantelzorg.json, 0.84",
      "tune9/tune9-jeugdzorg.tsv,    src/test/resources/programmes/tune9-jeugdzorg.json,    0.93",
      "tune9/tune9-wijkavond.tsv,    src/test/resources/programmes/tune9-wijkavond.json,    0.86",
      "tune9/tune9-schuldenwerk.tsv, src/test/resources/programmes/tune9-schuldenwerk.json, 0.85",
      "tune10/tune10-regiodag.tsv,     src/test/resources/programmes/tune10-regiodag.json,     0.87",
      "tune10/tune10-lunchlezing.tsv,  src/test/resources/programmes/tune10-lunchlezing.json,  0.81",
      "tune10/tune10-vrijwilligers.tsv, src/test/resources/programmes/tune10-vrijwilligers.json, 0.77",
      "tune11/tune11-schuldhulp.tsv,   src/test/resources/programmes/tune11-schuldhulp.json,   0.86",
      "tune11/tune11-netwerklunch.tsv, src/test/resources/programmes/tune11-netwerklunch.json, 0.84",
      "tune11/tune11-webinar.tsv,      src/test/resources/programmes/tune11-webinar.json,      0.81",
      "tune12/tune12-tracks.tsv,     src/test/resources/programmes/tune12-tracks.json,     0.84",
      "tune12/tune12-kennismarkt.tsv, src/test/resources/programmes/tune12-kennismarkt.json, 0.70",
      "tune12/tune12-debat.tsv,      src/test/resources/programmes/tune12-debat.json,      0.79",
      "tune13/tune13-excursie.tsv, src/test/resources/programmes/tune13-excursie.json, 0.71",
      "tune13/tune13-festival.tsv, src/test/resources/programmes/tune13-festival.json, 0.70",
      "tune13/tune13-leergang.tsv, src/test/resources/programmes/tune13-leergang.json, 0.75",
      "tune14/tune14-beweegdag.tsv, src/test/resources/programmes/tune14-beweegdag.json, 0.79",
      "tune14/tune14-leernetwerk.tsv, src/test/resources/programmes/tune14-leernetwerk.json, 0.77",
      "tune14/tune14-werkconferentie.tsv, src/test/resources/programmes/tune14-werkconferentie.json, 0.78",
      "tune15/tune15-rondetafel.tsv, src/test/resources/programmes/tune15-rondetafel.json, 0.85",
      "tune15/tune15-beurs.tsv, src/test/resources/programmes/tune15-beurs.json, 0.78",
      "tune15/tune15-hackathon.tsv, src/test/resources/programmes/tune15-hackathon.json, 0.78",
      "tune16/tune16-talkshow.tsv, src/test/resources/programmes/tune16-talkshow.json, 0.85",
      "tune16/tune16-posters.tsv, src/test/resources/programmes/tune16-posters.json, 0.80",
      "tune16/tune16-jubileum.tsv, src/test/resources/programmes/tune16-jubileum.json, 0.79",
      "tune17/tune17-webinarreeks.tsv, src/test/resources/programmes/tune17-webinarreeks.json, 0.76",
      "tune17/tune17-bijscholing.tsv, src/test/resources/programmes/tune17-bijscholing.json, 0.85",
      "tune17/tune17-burgerberaad.tsv, src/test/resources/programmes/tune17-burgerberaad.json, 0.78",
      "tune18/tune18-afscheid.tsv, src/test/resources/programmes/tune18-afscheid.json, 0.85",
      "tune18/tune18-awards.tsv, src/test/resources/programmes/tune18-awards.json, 0.70",
      "tune18/tune18-informatieavond.tsv, src/test/resources/programmes/tune18-informatieavond.json, 0.76",
      "tune19/tune19-spreekuur.tsv, src/test/resources/programmes/tune19-spreekuur.json, 0.70",
      "tune19/tune19-studiedag.tsv, src/test/resources/programmes/tune19-studiedag.json, 0.84",
      "tune19/tune19-regio.tsv, src/test/resources/programmes/tune19-regio.json, 0.83",
      "tune20/tune20-mantelzorg.tsv, src/test/resources/programmes/tune20-mantelzorg.json, 0.87",
      "tune20/tune20-loopbaandag.tsv, src/test/resources/programmes/tune20-loopbaandag.json, 0.79",
      "tune20/tune20-eindejaar.tsv, src/test/resources/programmes/tune20-eindejaar.json, 0.75",
      "tune21/tune21-hackathon.tsv, src/test/resources/programmes/tune21-hackathon.json, 0.84",
      "tune21/tune21-wijkschouw.tsv, src/test/resources/programmes/tune21-wijkschouw.json, 0.83",
      "tune21/tune21-webinar.tsv, src/test/resources/programmes/tune21-webinar.json, 0.85",
      "tune22/tune22-symposium.tsv, src/test/resources/programmes/tune22-symposium.json, 0.87",
      "tune22/tune22-banenmarkt.tsv, src/test/resources/programmes/tune22-banenmarkt.json, 0.83",
      "tune22/tune22-buurtfeest.tsv, src/test/resources/programmes/tune22-buurtfeest.json, 0.83",
      "tune23/tune23-inspraak.tsv, src/test/resources/programmes/tune23-inspraak.json, 0.84",
      "tune23/tune23-seniorenbeurs.tsv, src/test/resources/programmes/tune23-seniorenbeurs.json, 0.87",
      "tune23/tune23-voedselbank.tsv, src/test/resources/programmes/tune23-voedselbank.json, 0.89",
      "tune24/tune24-jeugdhulp.tsv, src/test/resources/programmes/tune24-jeugdhulp.json, 0.89",
      "tune24/tune24-clientenraad.tsv, src/test/resources/programmes/tune24-clientenraad.json, 0.86",
      "tune24/tune24-zorgtech.tsv, src/test/resources/programmes/tune24-zorgtech.json, 0.84",
      "tune25/tune25-reanimatie.tsv, src/test/resources/programmes/tune25-reanimatie.json, 0.80",
      "tune25/tune25-verwenmiddag.tsv, src/test/resources/programmes/tune25-verwenmiddag.json, 0.80",
      "tune25/tune25-netwerk.tsv, src/test/resources/programmes/tune25-netwerk.json, 0.82",
      "tune26/tune26-posters.tsv, src/test/resources/programmes/tune26-posters.json, 0.88",
      "tune26/tune26-wandelconferentie.tsv, src/test/resources/programmes/tune26-wandelconferentie.json, 0.76",
      "tune26/tune26-nascholing.tsv, src/test/resources/programmes/tune26-nascholing.json, 0.85",
      "tune27/tune27-heidag.tsv, src/test/resources/programmes/tune27-heidag.json, 0.80",
      "tune27/tune27-festival.tsv, src/test/resources/programmes/tune27-festival.json, 0.79",
      "tune27/tune27-congresdiner.tsv, src/test/resources/programmes/tune27-congresdiner.json, 0.74",
      "tune28/tune28-uitwisseling.tsv, src/test/resources/programmes/tune28-uitwisseling.json, 0.79",
      "tune28/tune28-wijkverpleging.tsv, src/test/resources/programmes/tune28-wijkverpleging.json, 0.82",
      "tune28/tune28-raadsinformatie.tsv, src/test/resources/programmes/tune28-raadsinformatie.json, 0.84",
      "tune29/tune29-taalcafe.tsv, src/test/resources/programmes/tune29-taalcafe.json, 0.77",
      "tune29/tune29-stagemarkt.tsv, src/test/resources/programmes/tune29-stagemarkt.json, 0.73",
      "tune29/tune29-vakbeurs.tsv, src/test/resources/programmes/tune29-vakbeurs.json, 0.86",
      "tune30/tune30-opening.tsv, src/test/resources/programmes/tune30-opening.json, 0.82",
      "tune30/tune30-gsport.tsv, src/test/resources/programmes/tune30-gsport.json, 0.76",
      "tune30/tune30-handhaving.tsv, src/test/resources/programmes/tune30-handhaving.json, 0.76",
      "tune31/tune31-cursusavond.tsv, src/test/resources/programmes/tune31-cursusavond.json, 0.79",
      "tune31/tune31-jubileum.tsv, src/test/resources/programmes/tune31-jubileum.json, 0.83",
      "tune31/tune31-dialoog.tsv, src/test/resources/programmes/tune31-dialoog.json, 0.78",
      "tune32/tune32-leerlunch.tsv, src/test/resources/programmes/tune32-leerlunch.json, 0.78",
      "tune32/tune32-voorspeelmiddag.tsv, src/test/resources/programmes/tune32-voorspeelmiddag.json, 0.81",
      "tune32/tune32-kunstroute.tsv, src/test/resources/programmes/tune32-kunstroute.json, 0.80",
      "tune33/tune33-brandweer.tsv, src/test/resources/programmes/tune33-brandweer.json, 0.79",
      "tune33/tune33-werkbezoek.tsv, src/test/resources/programmes/tune33-werkbezoek.json, 0.77",
      "tune33/tune33-alzheimercafe.tsv, src/test/resources/programmes/tune33-alzheimercafe.json, 0.83",
      "tune34/tune34-prijsuitreiking.tsv, src/test/resources/programmes/tune34-prijsuitreiking.json, 0.79",
      "tune34/tune34-inloopspreekuur.tsv, src/test/resources/programmes/tune34-inloopspreekuur.json, 0.77",
      "tune34/tune34-congres-tracks.tsv, src/test/resources/programmes/tune34-congres-tracks.json, 0.86",
      "tune35/tune35-museumnacht.tsv, src/test/resources/programmes/tune35-museumnacht.json, 0.68",
      "tune35/tune35-kookstudio.tsv, src/test/resources/programmes/tune35-kookstudio.json, 0.79",
      "tune35/tune35-ict-training.tsv, src/test/resources/programmes/tune35-ict-training.json, 0.75",
      "tune36/tune36-repaircafe.tsv, src/test/resources/programmes/tune36-repaircafe.json, 0.74",
      "tune36/tune36-sollicitatiedag.tsv, src/test/resources/programmes/tune36-sollicitatiedag.json, 0.71",
      "tune36/tune36-bewonersconferentie.tsv, src/test/resources/programmes/tune36-bewonersconferentie.json, 0.75",
      "tune37/tune37-jeugdtoernooi.tsv, src/test/resources/programmes/tune37-jeugdtoernooi.json, 0.70",
      "tune37/tune37-voorleesfeest.tsv, src/test/resources/programmes/tune37-voorleesfeest.json, 0.72",
      "tune37/tune37-ziekenhuis.tsv, src/test/resources/programmes/tune37-ziekenhuis.json, 0.72",
      "tune38/tune38-huurdersvergadering.tsv, src/test/resources/programmes/tune38-huurdersvergadering.json, 0.72",
      "tune38/tune38-zomerkamp.tsv, src/test/resources/programmes/tune38-zomerkamp.json, 0.75",
      "tune38/tune38-boekenbeurs.tsv, src/test/resources/programmes/tune38-boekenbeurs.json, 0.78",
      "tune39/tune39-korenfestival.tsv, src/test/resources/programmes/tune39-korenfestival.json, 0.82",
      "tune39/tune39-hondenshow.tsv, src/test/resources/programmes/tune39-hondenshow.json, 0.78",
      "tune39/tune39-security.tsv, src/test/resources/programmes/tune39-security.json, 0.80",
      "tune40/tune40-pitchdag.tsv, src/test/resources/programmes/tune40-pitchdag.json, 0.77",
      "tune40/tune40-bruiloft.tsv, src/test/resources/programmes/tune40-bruiloft.json, 0.75",
      "tune40/tune40-hardloopdag.tsv, src/test/resources/programmes/tune40-hardloopdag.json, 0.67",
      "tune41/tune41-muziekschool.tsv, src/test/resources/programmes/tune41-muziekschool.json, 0.77",
      "tune41/tune41-hackathon.tsv, src/test/resources/programmes/tune41-hackathon.json, 0.74",
      "tune41/tune41-repaircafe.tsv, src/test/resources/programmes/tune41-repaircafe.json, 0.79",
      "tune42/tune42-tuinendag.tsv, src/test/resources/programmes/tune42-tuinendag.json, 0.71",
      "tune42/tune42-gemeenteraad.tsv, src/test/resources/programmes/tune42-gemeenteraad.json, 0.75",
      "tune42/tune42-schoolreisje.tsv, src/test/resources/programmes/tune42-schoolreisje.json, 0.61",
      "tune43/tune43-koningsdag.tsv, src/test/resources/programmes/tune43-koningsdag.json, 0.83",
      "tune43/tune43-sterrenwacht.tsv, src/test/resources/programmes/tune43-sterrenwacht.json, 0.77",
      "tune43/tune43-teamdag.tsv, src/test/resources/programmes/tune43-teamdag.json, 0.74",
      "tune44/tune44-scoutingdag.tsv, src/test/resources/programmes/tune44-scoutingdag.json, 0.77",
      "tune44/tune44-universiteit.tsv, src/test/resources/programmes/tune44-universiteit.json, 0.78",
      "tune44/tune44-benefietgala.tsv, src/test/resources/programmes/tune44-benefietgala.json, 0.72",
      "tune45/tune45-intocht.tsv, src/test/resources/programmes/tune45-intocht.json, 0.74",
      "tune45/tune45-vliegshow.tsv, src/test/resources/programmes/tune45-vliegshow.json, 0.72",
      "tune45/tune45-dansschool.tsv, src/test/resources/programmes/tune45-dansschool.json, 0.64",
      "tune46/tune46-corso.tsv, src/test/resources/programmes/tune46-corso.json, 0.80",
      "tune46/tune46-oldtimer.tsv, src/test/resources/programmes/tune46-oldtimer.json, 0.74",
      "tune46/tune46-quiz.tsv, src/test/resources/programmes/tune46-quiz.json, 0.73",
      "tune47/tune47-wijnoogst.tsv, src/test/resources/programmes/tune47-wijnoogst.json, 0.72",
      "tune47/tune47-ijsbaan.tsv, src/test/resources/programmes/tune47-ijsbaan.json, 0.73",
      "tune47/tune47-regatta.tsv, src/test/resources/programmes/tune47-regatta.json, 0.66",
      "tune48/tune48-stripfestival.tsv, src/test/resources/programmes/tune48-stripfestival.json, 0.78",
      "tune48/tune48-molendag.tsv, src/test/resources/programmes/tune48-molendag.json, 0.69",
      "tune48/tune48-circusschool.tsv, src/test/resources/programmes/tune48-circusschool.json, 0.71",
      "tune49/tune49-trouwbeurs.tsv, src/test/resources/programmes/tune49-trouwbeurs.json, 0.76",
      "tune49/tune49-schapenscheerdag.tsv, src/test/resources/programmes/tune49-schapenscheerdag.json, 0.78",
      "tune49/tune49-kasteeldag.tsv, src/test/resources/programmes/tune49-kasteeldag.json, 0.74",
      "tune50/tune50-imkerdag.tsv, src/test/resources/programmes/tune50-imkerdag.json, 0.79",
      "tune50/tune50-fotomarathon.tsv, src/test/resources/programmes/tune50-fotomarathon.json, 0.75",
      "tune50/tune50-havendag.tsv, src/test/resources/programmes/tune50-havendag.json, 0.75",
      "tune51/tune51-molendag.tsv, src/test/resources/programmes/tune51-molendag.json, 0.78",
      "tune51/tune51-schaapscheerdersfeest.tsv, src/test/resources/programmes/tune51-schaapscheerdersfeest.json, 0.75",
      "tune51/tune51-spellenfestival.tsv, src/test/resources/programmes/tune51-spellenfestival.json, 0.76",
      "tune51/tune51-kasteeldag.tsv, src/test/resources/programmes/tune51-kasteeldag.json, 0.81",
      "tune52/tune52-trekkertrek.tsv, src/test/resources/programmes/tune52-trekkertrek.json, 0.76",
      "tune52/tune52-bakwedstrijd.tsv, src/test/resources/programmes/tune52-bakwedstrijd.json, 0.79",
      "tune52/tune52-eerstehulpdag.tsv, src/test/resources/programmes/tune52-eerstehulpdag.json, 0.83",
      "tune52/tune52-danstoernooi.tsv, src/test/resources/programmes/tune52-danstoernooi.json, 0.77",
      "tune53/tune53-robotwedstrijd.tsv, src/test/resources/programmes/tune53-robotwedstrijd.json, 0.76",
      "tune53/tune53-paardenmarkt.tsv, src/test/resources/programmes/tune53-paardenmarkt.json, 0.75",
      "tune53/tune53-lichtjesroute.tsv, src/test/resources/programmes/tune53-lichtjesroute.json, 0.76",
      "tune53/tune53-boomfeestdag.tsv, src/test/resources/programmes/tune53-boomfeestdag.json, 0.75",
      "tune54/tune54-wadlopen.tsv, src/test/resources/programmes/tune54-wadlopen.json, 0.77",
      "tune54/tune54-zangdag.tsv, src/test/resources/programmes/tune54-zangdag.json, 0.80",
      "tune54/tune54-postzegelbeurs.tsv, src/test/resources/programmes/tune54-postzegelbeurs.json, 0.78",
      "tune54/tune54-mountainbikedag.tsv, src/test/resources/programmes/tune54-mountainbikedag.json, 0.75",
      "tune55/tune55-kamermuziekfestival.tsv, src/test/resources/programmes/tune55-kamermuziekfestival.json, 0.73",
      "tune55/tune55-paddenstoelendag.tsv, src/test/resources/programmes/tune55-paddenstoelendag.json, 0.82",
      "tune55/tune55-klusdag.tsv, src/test/resources/programmes/tune55-klusdag.json, 0.79",
      "tune55/tune55-techniekdag.tsv, src/test/resources/programmes/tune55-techniekdag.json, 0.82",
      "tune56/tune56-archeologiedag.tsv, src/test/resources/programmes/tune56-archeologiedag.json, 0.81",
      "tune56/tune56-fruitplukdag.tsv, src/test/resources/programmes/tune56-fruitplukdag.json, 0.79",
      "tune56/tune56-kerkendag.tsv, src/test/resources/programmes/tune56-kerkendag.json, 0.82",
      "tune56/tune56-podcastfestival.tsv, src/test/resources/programmes/tune56-podcastfestival.json, 0.81",
      "tune57/tune57-bouwsteenfestival.tsv, src/test/resources/programmes/tune57-bouwsteenfestival.json, 0.81",
      "tune57/tune57-erfgoedspoordag.tsv, src/test/resources/programmes/tune57-erfgoedspoordag.json, 0.81",
      "tune57/tune57-poeziefestival.tsv, src/test/resources/programmes/tune57-poeziefestival.json, 0.82",
      "tune57/tune57-rechtbankdag.tsv, src/test/resources/programmes/tune57-rechtbankdag.json, 0.81",
      "tune58/tune58-drukkerijdag.tsv, src/test/resources/programmes/tune58-drukkerijdag.json, 0.82",
      "tune58/tune58-glasblazersdag.tsv, src/test/resources/programmes/tune58-glasblazersdag.json, 0.81",
      "tune58/tune58-luchthavendag.tsv, src/test/resources/programmes/tune58-luchthavendag.json, 0.81",
      "tune58/tune58-waterschapsdag.tsv, src/test/resources/programmes/tune58-waterschapsdag.json, 0.83",
      "tune59/tune59-pottenbakkersdag.tsv, src/test/resources/programmes/tune59-pottenbakkersdag.json, 0.81",
      "tune59/tune59-ridderfeest.tsv, src/test/resources/programmes/tune59-ridderfeest.json, 0.84",
      "tune59/tune59-scheepswerfdag.tsv, src/test/resources/programmes/tune59-scheepswerfdag.json, 0.80",
      "tune59/tune59-zeepkistenrace.tsv, src/test/resources/programmes/tune59-zeepkistenrace.json, 0.81",
      "tune60/tune60-goochelfestival.tsv, src/test/resources/programmes/tune60-goochelfestival.json, 0.80",
      "tune60/tune60-handboogtoernooi.tsv, src/test/resources/programmes/tune60-handboogtoernooi.json, 0.81",
      "tune60/tune60-timmerdag.tsv, src/test/resources/programmes/tune60-timmerdag.json, 0.83",
      "tune60/tune60-vogeltrekdag.tsv, src/test/resources/programmes/tune60-vogeltrekdag.json, 0.85",
      "tune61/tune61-kaarsenmakerij.tsv, src/test/resources/programmes/tune61-kaarsenmakerij.json, 0.86",
      "tune61/tune61-kinderboerderij.tsv, src/test/resources/programmes/tune61-kinderboerderij.json, 0.81",
      "tune61/tune61-schrijfdag.tsv, src/test/resources/programmes/tune61-schrijfdag.json, 0.89",
      "tune61/tune61-zeilschool.tsv, src/test/resources/programmes/tune61-zeilschool.json, 0.84",
      "tune62/tune62-hondenschool.tsv, src/test/resources/programmes/tune62-hondenschool.json, 0.82",
      "tune62/tune62-kringloopwinkel.tsv, src/test/resources/programmes/tune62-kringloopwinkel.json, 0.84",
      "tune62/tune62-vlindertuin.tsv, src/test/resources/programmes/tune62-vlindertuin.json, 0.88",
      "tune62/tune62-windpark.tsv, src/test/resources/programmes/tune62-windpark.json, 0.77",
      "tune63/tune63-boomkwekerij.tsv, src/test/resources/programmes/tune63-boomkwekerij.json, 0.84",
      "tune63/tune63-chocolaterie.tsv, src/test/resources/programmes/tune63-chocolaterie.json, 0.87",
      "tune63/tune63-kampeerbeurs.tsv, src/test/resources/programmes/tune63-kampeerbeurs.json, 0.88",
      "tune63/tune63-pianoconcours.tsv, src/test/resources/programmes/tune63-pianoconcours.json, 0.75",
      "tune64/tune64-gemaaldag.tsv, src/test/resources/programmes/tune64-gemaaldag.json, 0.86",
      "tune64/tune64-omroepdag.tsv, src/test/resources/programmes/tune64-omroepdag.json, 0.85",
      "tune64/tune64-puzzelfestival.tsv, src/test/resources/programmes/tune64-puzzelfestival.json, 0.86",
      "tune64/tune64-tattooconventie.tsv, src/test/resources/programmes/tune64-tattooconventie.json, 0.82",
      "tune65/tune65-klompenmakerij.tsv, src/test/resources/programmes/tune65-klompenmakerij.json, 0.84",
      "tune65/tune65-strandopruimdag.tsv, src/test/resources/programmes/tune65-strandopruimdag.json, 0.88",
      "tune65/tune65-streetartfestival.tsv, src/test/resources/programmes/tune65-streetartfestival.json, 0.87",
      "tune65/tune65-waterskibaan.tsv, src/test/resources/programmes/tune65-waterskibaan.json, 0.87"})
  @DisplayName("each question set is answered right often enough")
  void questionSet(String file, Path programme, double required) throws IOException {
    // given
    QuestionSet set = QuestionSet.read(QUESTIONS.resolve(file));
    // when
    List<QuestionSetRun.Outcome> outcomes = QuestionSetRun.run(set, programme, understander);
    // then
    double accuracy = QuestionSetRun.accuracy(outcomes);
    String failures = outcomes.stream().filter(o -> !o.passed()).map(QuestionSetRun.Outcome::describe)
        .collect(Collectors.joining("\n"));
    System.out.printf(Locale.ROOT, "%s: %d questions, accuracy %.1f%% (replies right whatever the label: %.1f%%)%n"
        + "%s%n%s%n", file, outcomes.size(), accuracy * 100, QuestionSetRun.replyAccuracy(outcomes) * 100,
        QuestionSetRun.bySlice(outcomes), failures);
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(30);
    assertThat(accuracy).as("accuracy on %s; failures:%n%s", file, failures).isGreaterThanOrEqualTo(required);
  }
}
