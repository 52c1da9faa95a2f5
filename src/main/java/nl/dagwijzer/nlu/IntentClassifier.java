package nl.dagwijzer.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's maximum-entropy document categorizer over stemmed words and word pairs. The trained model is shared;
 * {@link DocumentCategorizerME} is not thread-safe, so every classification makes its own (cheap: it only wraps the
 * model).
 */
public final class IntentClassifier {
  private final DoccatModel model;

  private IntentClassifier(DoccatModel model) {
    this.model = model;
  }

  /** Trains on already prepared examples: each a list of features-ready tokens, labelled with its intent. */
  public static IntentClassifier train(Map<Intent, List<List<String>>> examples) {
    List<DocumentSample> samples = new ArrayList<>();
    examples.forEach((intent, documents) -> documents.forEach(
        tokens -> samples.add(new DocumentSample(intent.label(), tokens.toArray(String[]::new)))));
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    try {
      DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
          new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
      return new IntentClassifier(DocumentCategorizerME.train("nl",
          ObjectStreamUtils.createObjectStream(samples), parameters, factory));
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("feature generator configuration is invalid", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
