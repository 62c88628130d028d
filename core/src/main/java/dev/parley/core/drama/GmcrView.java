package dev.parley.core.drama;

import dev.parley.core.stability.Concept;

/**
 * What the stability analysis says beside a dilemma: whether {@code state} is stable for {@code
 * party} under {@code concept}. A co-operation or trust dilemma is borne out when the agreed future
 * is unstable for the party that would defect; a threat dilemma when the threatened future is
 * unstable for the party that makes the threat.
 *
 * @param concept the concept asked
 * @param party the party judged (model index)
 * @param state the state judged (state index)
 * @param stable the verdict
 */
public record GmcrView(Concept concept, int party, int state, boolean stable) {}
