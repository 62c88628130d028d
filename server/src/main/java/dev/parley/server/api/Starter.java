package dev.parley.server.api;

/** The model a new file starts as: two parties with one option each, sound and ready to edit. */
final class Starter {
  private Starter() {}

  static final String YAML =
      """
      parley: 1
      title: New conflict
      decisionMakers:
        - id: A
          name: Party A
          options:
            - id: a_acts
              name: A acts
          preferences:
            statements:
              - b_acts
              - -a_acts
        - id: B
          name: Party B
          options:
            - id: b_acts
              name: B acts
          preferences:
            statements:
              - a_acts
              - -b_acts
      """;
}
