extension FormatterTests {
    /// Indentation, lists under their key, blank lines, flow collections, block scalars.
    static let layout: [Case] = [
        Case(
            name: "two spaces a level, lists indented under their key",
            input: """
                configurations:
                    hours:
                        name: Hours
                        agent:
                            agent_id: a
                        schedule:
                            default_windows:
                            -   days: [mon]
                                start: "09:00"
                                end: "17:00"
                """,
            expected: """
                configurations:
                  hours:
                    name: Hours
                    schedule:
                      default_windows:
                        - days: [mon]
                          start: "09:00"
                          end: "17:00"
                    agent:
                      agent_id: a

                """),
        Case(
            name: "at most one blank line, none after a key or at the ends",
            input: """


                concurrency:

                  limit: 10



                policy:
                  prune:
                    campaigns: false


                """,
            expected: """
                concurrency:
                  limit: 10

                policy:
                  prune:
                    campaigns: false

                """),
        Case(
            name: "short flow collections stay on one line, long ones become blocks",
            input: """
                live_configurations: [ night-shift,weekend ]
                policy:
                  ignore:
                    campaigns: [legacy-one, legacy-two, legacy-three, legacy-four, legacy-five, legacy-six, legacy-seven, legacy-eight, legacy-nine]
                    configurations: [
                      hand-made, other
                    ]
                """,
            expected: """
                live_configurations: [night-shift, weekend]
                policy:
                  ignore:
                    configurations: [hand-made, other]
                    campaigns:
                      - legacy-one
                      - legacy-two
                      - legacy-three
                      - legacy-four
                      - legacy-five
                      - legacy-six
                      - legacy-seven
                      - legacy-eight
                      - legacy-nine

                """),
        Case(
            name: "a flow collection holding a comment is kept as written, moved with its key",
            input: """
                policy:
                    ignore:
                        campaigns: [a,   # the first
                                    b]  # the last
                """,
            expected: """
                policy:
                  ignore:
                    campaigns: [a,   # the first
                                b] # the last

                """),
        Case(
            name: "a contacts file",
            input: """
                # Exported from the CRM.
                contacts:
                - phone_numbers: ['+14155550123']   # mobile
                  external_id: lead-1
                """,
            expected: """
                # Exported from the CRM.
                contacts:
                  - external_id: lead-1
                    phone_numbers: ['+14155550123'] # mobile

                """),
    ]
}
