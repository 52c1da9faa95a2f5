package nl.dagwijzer.nlu;

/**
 * How to answer rather than what about: "adres", "zaal", "online", the place asked about ("plaats:zwolle"), a
 * contact detail ("contact:telefoonnummer"), a word of the descriptions ("tekst:laptop"), one of those before
 * ("nth:2"), time from now ("nog", "nog:einde"), "samen", "pronoun", the place of a session in the day ("rang:2"),
 * a number of people per session ("aantal:2", at least: "aantal:1+"), a group of attendees ("groep:subgroep 2").
 */
public record Detail(String word) implements Condition {
  private static final String PLACE = "plaats:";
  private static final String CONTACT = "contact:";
  private static final String TEXT = "tekst:";
  private static final String NTH = "nth:";
  private static final String WAIT = "nog";
  private static final String TO_END = ":einde";
  private static final String LASTING = ":lopend";
  private static final String RANK = "rang:";
  private static final String TARGET = "doel:";
  private static final String PEOPLE = "aantal:";
  private static final String AT_LEAST = "+";
  private static final String GROUP = "groep:";
  /** Groups of attendees are named by a letter, a number or a colour ("groep rood" on a badge). */
  public static final java.util.Set<String> COLOURS = java.util.Set.of("rood", "groen", "blauw", "geel", "oranje",
      "paars", "roze", "wit", "zwart", "grijs", "bruin");
  private static final String TOPIC = "over:";
  private static final String COUNT = "telt:";
  private static final String PROPERTY = "eigenschap:";
  /** A question read as asking a time only because a description might give it ("hoe laat gaan de deuren open?"). */
  public static final String DESCRIBED_TIME = "tijd-uit-tekst";
  /** "hoe geef ik dieetwensen door?": what to do, which only a description may say. */
  public static final String DESCRIBED_CONTENT = "inhoud-uit-tekst";
  /** "zijn de kramen er de hele dag?": whether what is named lasts (nearly) all day. */
  public static final String WHOLE_DAY = "hele-dag";
  /** "onder de 10", "tieners": ages asked as a range, written "leeftijden:0-9" (youngest and oldest). */
  public static final String AGES = "leeftijden:";
  /** "is de eerste halte het schoolplein?": whether the two sessions named are one. */
  public static final String SAME = "zelfde";
  /** "wat loopt er tegelijk met de eerste ronde?": what runs beside the round named, not in it. */
  public static final String ALONGSIDE_ROUND = "naast-ronde";
  /** "mag een team uit 8 personen bestaan?": a number of people in a group ("groepsgrootte:8"). */
  public static final String GROUP_SIZE = "groepsgrootte:";

  /** {@link #GROUP_SIZE}: 8. */
  public java.util.Optional<Integer> groupSize() {
    return after(GROUP_SIZE).map(Integer::parseInt);
  }

  /**
   * "welke afstand is het duurst?", "welke lopen kosten minder dan 15 euro?": a comparison of the prices the
   * descriptions give ("prijs:duurst", "prijs:goedkoopst", "prijs:onder:15", "prijs:boven:15").
   */
  public static final String PRICE = "prijs:";
  /** "gaat de wandeling door als het regent?": what happens in bad weather. */
  public static final String BAD_WEATHER = "slecht-weer";
  /** Added to {@link #BAD_WEATHER} when the weather asked is clouds, not rain. */
  public static final String CLOUDS = ":bewolking";
  /** "gaat de optocht door als het stormt?": storm, which a day may call off where rain does not. */
  public static final String STORM = ":storm";

  /** "mag ik zelf een aannemer kiezen?": whether one may or can do what the verb says ("kan:kiezen"). */
  public static final String ABILITY = "kan:";

  /** {@link #ABILITY}: "kiezen". */
  public java.util.Optional<String> ability() {
    return after(ABILITY);
  }

  /** {@link #PRICE}: "duurst", "goedkoopst", "onder:15" or "boven:15". */
  public java.util.Optional<String> price() {
    return after(PRICE);
  }

  /** "welke tuinen zijn tot 17:00 open?": open up to that time, not before it. */
  public static final String OPEN_UNTIL = "open-tot";
  /** "hoe laat moet ik er zijn?": the time to be there, which a description may set before the start. */
  public static final String ARRIVAL = "aankomst";

  /** "welke tafel sluit als laatste?": the first or last by when it ends, not by when it starts. */
  public static final String BY_END = "op-eindtijd";

  /** "is de picknick op het sportpark?": whether the first session named is where the second is. */
  public static final String SAME_PLACE = "zelfde-plek";
  /** "wat loopt er de hele middag door?": what runs through the whole of that stretch ("hele:middag"). */
  private static final String WHOLE = "hele:";
  static final java.util.Set<String> STRETCHES = java.util.Set.of("dag", "ochtend", "middag", "avond", "tijd");

  static Detail wholeStretch(String stretch) {
    return new Detail(WHOLE + stretch);
  }

  /**
   * Whether this detail asks about the whole programme rather than about now: a number of people ("met twee
   * sprekers"), the items of something, a whole stretch, outdoors or indoors ("wat is er buiten?"), an age ("iets
   * voor mijn dochter van 12?").
   */
  boolean acrossTheDay() {
    return people() > 0 || word.equals("items") || wholeStretch().isPresent() || word.equals("buiten")
        || word.equals("binnen") || word.startsWith("leeftijd:");
  }

  /** {@link #wholeStretch}: "middag", or "dag" for the day (also "de hele tijd"). */
  public java.util.Optional<String> wholeStretch() {
    return after(WHOLE).map(s -> s.equals("tijd") ? "dag" : s);
  }
  /** "is er na de keynote tijd voor vragen?": whether the session named leaves room for questions. */
  public static final String QUESTIONS_AFTER = "vragen-na";

  /** "wat kost optie A?": the kind of value asked for ({@code kosten}, {@code maat}, {@code taal}, ...). */
  static Detail property(String kind) {
    return new Detail(PROPERTY + kind);
  }

  /** {@link #property(String)}. */
  public java.util.Optional<String> property() {
    return after(PROPERTY);
  }

  /** "is er ijs zonder melk?": a word whose absence a yes/no question asks about. */
  private static final String ABSENT = "zonder-woord:";

  static Detail absent(String word) {
    return new Detail(ABSENT + word);
  }

  /** {@link #absent(String)}: "melk". */
  public java.util.Optional<String> absent() {
    return after(ABSENT);
  }

  /** "zijn er vier workshops?", "is er maar één keynote?": the number of sessions a yes/no question names. */
  static Detail sessionCount(int number) {
    return new Detail(COUNT + number);
  }

  /** {@link #sessionCount}, or 0. */
  public int sessionCount() {
    return after(COUNT).map(Integer::parseInt).orElse(0);
  }

  private static final String HOW_MANY = "hoeveel:";

  /** "uit hoeveel vragen bestaat de toets?": the word counted, when it names nothing of the programme. */
  static Detail howMany(String word) {
    return new Detail(HOW_MANY + word);
  }

  /** {@link #howMany}. */
  public java.util.Optional<String> howMany() {
    return after(HOW_MANY);
  }

  /** "groep b", "subgroep 2": the attendees' group, as the word and its letter or number. */
  static Detail group(String group) {
    return new Detail(GROUP + group);
  }

  static Detail place(String word) {
    return new Detail(PLACE + word);
  }

  static Detail contact(String word) {
    return new Detail(CONTACT + word);
  }

  static Detail text(String word) {
    return new Detail(TEXT + word);
  }

  static Detail nth(int number) {
    return new Detail(NTH + number);
  }

  static Detail rank(int number) {
    return new Detail(RANK + number);
  }

  /** "na de laatste workshop" ({@code -1}), "tijdens het tweede teamwerkblok" ({@code 2}): which of the target. */
  static Detail target(int number) {
    return new Detail(TARGET + (number < 0 ? "laatste" : String.valueOf(number)));
  }

  /** Which block of a relation's target is meant: 1 for the first, -1 for the last, empty when none is named. */
  public java.util.Optional<Integer> targetBlock() {
    return after(TARGET).map(w -> w.equals("laatste") ? -1 : Integer.parseInt(w));
  }

  /** "gaat room A over psychische klachten?": a session or topic named after "over", to check the subject against. */
  static Detail topic(Entity entity) {
    return new Detail(TOPIC + entity.type() + ":" + entity.id());
  }

  /** The session or topic of {@link #topic(Entity)}, with its id as its text. */
  public java.util.Optional<Entity> topic() {
    return after(TOPIC).map(w -> w.split(":", 2))
        .map(typeAndId -> new Entity(EntityType.valueOf(typeAndId[0]), typeAndId[1], typeAndId[1]));
  }

  static Detail people(int number, boolean atLeast) {
    return new Detail(PEOPLE + number + (atLeast ? AT_LEAST : ""));
  }

  static Detail waiting(boolean toEnd, boolean lasting) {
    return new Detail(toEnd ? WAIT + TO_END : lasting ? WAIT + LASTING : WAIT);
  }

  /** "is het in Zwolle?": the place, or "online" for "is het online?". */
  public java.util.Optional<String> place() {
    return word.equals("online") ? java.util.Optional.of(word) : after(PLACE);
  }

  /** Whether a place was named ("is het in Zwolle?"), as against "is het online?". */
  public boolean namesPlace() {
    return word.startsWith(PLACE);
  }

  /** "wat is het telefoonnummer van X?": the contact detail asked for. */
  public java.util.Optional<String> contact() {
    return after(CONTACT);
  }

  /** "moet ik een laptop meenemen?": a word the programme's descriptions use. */
  public java.util.Optional<String> text() {
    return after(TEXT);
  }

  /** "en wie geeft de tweede?": which of what came before (2 or more), or 0. */
  public int nth() {
    return after(NTH).map(Integer::parseInt).orElse(0);
  }

  /** "wat is het tweede onderdeel?", "de tweede lezing": the place in the day (2 or more), or 0. */
  public int rank() {
    return after(RANK).map(Integer::parseInt).orElse(0);
  }

  /** "welke tafel heeft twee gespreksleiders?": the number of people per session, or 0. */
  public int people() {
    return after(PEOPLE).map(n -> Integer.parseInt(n.replace(AT_LEAST, ""))).orElse(0);
  }

  /** "bij welke sessies zijn er meerdere sprekers?": {@link #people} or more. */
  public boolean atLeast() {
    return word.startsWith(PEOPLE) && word.endsWith(AT_LEAST);
  }

  /** "wat doet groep B om 10:30?": the group of attendees asked about ("groep b", "subgroep 2"). */
  public java.util.Optional<String> group() {
    return after(GROUP);
  }

  private static final String LABEL = "label:";

  /** "kraam 8": the label of one line of a session's details ({@link NumberedLabel}). */
  static Detail label(String label) {
    return new Detail(LABEL + label);
  }

  /** {@link #label(String)}. */
  public java.util.Optional<String> label() {
    return after(LABEL);
  }

  private static final String LABEL_OF = "labelvan:";

  /** "welk standnummer heeft MantelzorgNL?": which numbered line ("Stand 55: ...") has what the question names. */
  static Detail labelOf(String word) {
    return new Detail(LABEL_OF + word);
  }

  public java.util.Optional<String> labelOf() {
    return after(LABEL_OF);
  }

  /** "hoe lang (duurt het) nog?": time from now; {@link #toEnd} to an end rather than a start. */
  public boolean waiting() {
    return word.equals(WAIT) || toEnd() || lasting();
  }

  /** "hoe lang duurt de presentatie nog?": to its end when it is on, else to its start. */
  public boolean lasting() {
    return word.equals(WAIT + LASTING);
  }

  public boolean toEnd() {
    return word.equals(WAIT + TO_END);
  }

  private java.util.Optional<String> after(String prefix) {
    return word.startsWith(prefix) ? java.util.Optional.of(word.substring(prefix.length()))
        : java.util.Optional.empty();
  }

  public String type() {
    return "detail";
  }

  public String value() {
    return word;
  }
}
