extension FormatterTests {
    /// Values kept as written (moved with their key), and texts already in the layout.
    static let values: [Case] = [
        Case(
            name: "block scalars are kept as written, moved with their key",
            input: """
                adhoc_contacts:
                    contacts:
                    -   external_id: a
                        phone_numbers: ["+14155550123"]
                        initial_context: |  # read aloud
                            Line one
                              indented

                            after a blank line
                        timezone: Europe/London
                """,
            expected: """
                adhoc_contacts:
                  contacts:
                    - external_id: a
                      phone_numbers: ["+14155550123"]
                      timezone: Europe/London
                      initial_context: | # read aloud
                          Line one
                            indented

                          after a blank line

                """),
        Case(
            name: "a value written over several lines is kept as written",
            input: """
                adhoc_contacts:
                    contacts:
                      - external_id: a
                        phone_numbers: ["+14155550123"]
                        initial_context: Say hello,
                          then ask about the invoice.
                        agent_id: "quoted,
                          over two lines"
                """,
            expected: """
                adhoc_contacts:
                  contacts:
                    - external_id: a
                      phone_numbers: ["+14155550123"]
                      agent_id: "quoted,
                        over two lines"
                      initial_context: Say hello,
                        then ask about the invoice.

                """),
        Case(
            name: "a canonical manifest is left alone",
            input: """
                # Weekday calling hours.
                configurations:
                  business-hours:
                    name: Business hours (US)
                    schedule:
                      default_timezone: America/New_York
                      default_windows:
                        - days: [mon, tue, wed, thu, fri]
                          start: "09:00"
                          end: "17:00"
                    agent:
                      agent_id: agent-renewals # the renewals script
                      agent_version: 3

                """),
        Case(
            name: "a document marker stays; a byte order mark and CRLF line ends go",
            input: "\u{FEFF}--- # org\r\nconcurrency:\r\n    limit: 5\r\n",
            expected: "--- # org\nconcurrency:\n  limit: 5\n"),
    ]
}
