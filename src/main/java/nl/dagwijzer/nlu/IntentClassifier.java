package nl.dagwijzer.nlu;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Version;

/**
 * OpenNLP's maximum-entropy document categorizer over stemmed words and word pairs. The trained model is shared;
 * {@link DocumentCategorizerME} is not thread-safe, so every classification makes its own (cheap: it only wraps the
 * model).
 */
public final class IntentClassifier {
  private static final String LANGUAGE = "nl";
  private static final int ITERATIONS = 200;
  private static final int CUTOFF = 1;
  private static final int PAIRS = 2;

  private final DoccatModel model;

  private IntentClassifier(DoccatModel model) {
    this.model = model;
  }

  /** Trains on already prepared examples: each a list of features-ready tokens, labelled with its intent. */
  public static IntentClassifier train(Map<Intent, List<List<String>>> examples) {
    List<DocumentSample> samples = new ArrayList<>();
    examples.forEach((intent, documents) -> documents.forEach(
        tokens -> samples.add(new DocumentSample(intent.label(), tokens.toArray(String[]::new)))));
    try {
      return new IntentClassifier(DocumentCategorizerME.train(LANGUAGE,
          ObjectStreamUtils.createObjectStream(samples), parameters(), factory()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Everything besides the examples that decides what training produces: the feature generators, the training
   * parameters and the OpenNLP version. Part of the model's fingerprint, so a change here retrains.
   */
  static String configuration() {
    List<String> generators = new ArrayList<>();
    for (FeatureGenerator generator : factory().getFeatureGenerators()) {
      generators.add(generator.getClass().getName());
    }
    return "language=" + LANGUAGE + ";features=" + generators + ";ngram=" + PAIRS + "-" + PAIRS
        + ";parameters=" + new TreeMap<>(parameters().getObjectSettings()) + ";opennlp=" + Version.currentVersion();
  }

  private static TrainingParameters parameters() {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    return parameters;
  }

  private static DoccatFactory factory() {
    try {
      return new DoccatFactory(new FeatureGenerator[] {
          new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(PAIRS, PAIRS)});
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("feature generator configuration is invalid", e);
    }
  }

  /**
   * Writes the trained weights. Only the maximum-entropy model is written: OpenNLP's own model file would record
   * the feature generators by class name and recreate the word-pair generator with its default (single words).
   */
  void write(DataOutputStream out) throws IOException {
    new GenericModelWriter((AbstractModel) model.getMaxentModel(), out).persist();
  }

  /** Reads weights written by {@link #write}; the feature generators come from this code, as in training. */
  static IntentClassifier read(DataInputStream in) throws IOException {
    AbstractModel weights = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    return new IntentClassifier(new DoccatModel(LANGUAGE, weights, Map.of(), factory()));
  }

  /** The most likely intent and its probability. An empty question has no words to go on and is {@code UNKNOWN}. */
  public Scored classify(List<String> tokens) {
    if (tokens.isEmpty()) {
      return new Scored(Intent.UNKNOWN, 0);
    }
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] outcomes = categorizer.categorize(tokens.toArray(String[]::new));
    String best = categorizer.getBestCategory(outcomes);
    double probability = outcomes[categorizer.getIndex(best)];
    return new Scored(Intent.fromLabel(best).orElse(Intent.UNKNOWN), probability);
  }

  public record Scored(Intent intent, double confidence) {
  }
}
