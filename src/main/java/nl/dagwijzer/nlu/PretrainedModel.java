package nl.dagwijzer.nlu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intent model trained at build time and shipped in the jar ({@value #RESOURCE}): the classifier's weights and
 * the spelling vocabulary, both made by {@link Understander#train}, with the fingerprint of what they were made from. Start-up uses it only when the intents in use have exactly that fingerprint; otherwise
 * it trains, as the build did, through {@link Understander#train}. A stale model can therefore never answer.
 */
public final class PretrainedModel {
  static final String RESOURCE = "model/intents.bin";
  private static final String FORMAT = "dagwijzer intent model 2";

  private PretrainedModel() {
  }

  /** The understander for {@code examples}: with the built-in model when it fits them, else trained now. */
  public static Understander understander(IntentExamples examples, double threshold) {
    ModelFingerprint fingerprint = ModelFingerprint.of(examples);
    Optional<Understander> builtIn = builtIn(fingerprint, threshold);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    long start = System.nanoTime();
    Understander trained = Understander.train(examples, threshold);
    log().info("Trained the intent model in {} ms: the intents in use differ from those the built-in model was "
        + "trained on (fingerprint {})", (System.nanoTime() - start) / 1_000_000, fingerprint.hex());
    return trained;
  }

  /** The built-in model when it was made from inputs with {@code fingerprint}, else empty. */
  static Optional<Understander> builtIn(ModelFingerprint fingerprint, double threshold) {
    try (InputStream resource = PretrainedModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (resource == null) {
        log().debug("No built-in intent model in {}", RESOURCE);
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16));
      if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(fingerprint.hex())) {
        return Optional.empty();
      }
      Vocabulary vocabulary = readVocabulary(in);
      return Optional.of(Understander.trained(vocabulary, IntentClassifier.read(in), threshold));
    } catch (IOException | RuntimeException e) {
      log().warn("The built-in intent model cannot be read ({}); training instead", e.toString());
      return Optional.empty();
    }
  }

  /**
   * The logger, looked up when something is logged: start-up may load the model on a thread of its own while the
   * main thread is setting up logging, and a logger taken during that set-up would only be a stand-in.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(PretrainedModel.class);
  }

  /** Trains on {@code examples} and writes the model with its fingerprint to {@code file}. */
  static void write(IntentExamples examples, Path file) throws IOException {
    Understander trained = Understander.train(examples, 0);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeUTF(FORMAT);
      out.writeUTF(ModelFingerprint.of(examples).hex());
      Map<String, Integer> words = new TreeMap<>(trained.vocabulary().counts());
      out.writeInt(words.size());
      for (Map.Entry<String, Integer> word : words.entrySet()) {
        out.writeUTF(word.getKey());
        out.writeInt(word.getValue());
      }
      trained.classifier().write(out);
    }
  }

  private static Vocabulary readVocabulary(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<String, Integer> counts = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      counts.put(in.readUTF(), in.readInt());
    }
    return new Vocabulary(counts, new FuzzyWords());
  }

  /** The build step: {@code PretrainedModel INTENTS_DIR CLASSES_DIR} writes {@code CLASSES_DIR/}{@value #RESOURCE}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PretrainedModel INTENTS_DIR CLASSES_DIR");
    }
    write(IntentExamples.read(Path.of(args[0])), Path.of(args[1]).resolve(RESOURCE));
  }
}
