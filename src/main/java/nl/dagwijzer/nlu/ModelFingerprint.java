package nl.dagwijzer.nlu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a trained intent model depends on, as one SHA-256: every example line of every intent (in file order), the
 * day-part words, the classifier's configuration (feature generators, training parameters, OpenNLP version) and
 * {@link Understander#SHAPING_VERSION}. Equal fingerprints mean that training again would give the same model.
 */
record ModelFingerprint(String hex) {

  static ModelFingerprint of(IntentExamples examples) {
    return of(examples, Understander.SHAPING_VERSION, IntentClassifier.configuration());
  }

  static ModelFingerprint of(IntentExamples examples, int shapingVersion, String classifierConfiguration) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    update(digest, "shaping " + shapingVersion);
    update(digest, "classifier " + classifierConfiguration);
    for (DayPart part : DayPart.values()) {
      update(digest, "part " + part.id() + " " + part.standsForSession() + " " + part.words());
    }
    for (Intent intent : Intent.values()) {
      List<String> lines = examples.examples().getOrDefault(intent, List.of());
      update(digest, "intent " + intent.label() + " " + lines.size());
      lines.forEach(line -> update(digest, line));
    }
    return new ModelFingerprint(HexFormat.of().formatHex(digest.digest()));
  }

  /** Each piece ends in a NUL, so "ab" + "c" and "a" + "bc" differ. */
  private static void update(MessageDigest digest, String piece) {
    digest.update(piece.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
