package nl.dagwijzer.nlu;

import nl.dagwijzer.programme.Programme;

/** Turns a Dutch question into an {@link Understanding}: entities from the programme, intent from the classifier. */
public final class Understander {
  public Understanding understand(String question, Programme programme) {
    throw new UnsupportedOperationException("TODO");
  }
}
