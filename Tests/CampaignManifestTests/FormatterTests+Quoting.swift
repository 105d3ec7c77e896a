extension FormatterTests {
    /// Quotes only where YAML needs them, changed only where the loader reads the same.
    static let quoting: [Case] = [
        Case(
            name: "strings lose quotes they don't need and gain those they do",
            input: """
                configurations:
                  'hours':
                    name: "Business hours"
                    schedule:
                      default_timezone: 'Europe/London'
                      default_windows:
                        - {days: ["mon", tue], start: 10:00, end: '18:30'}
                    dialing_policy:
                      default_country_code: "+44"
                    agent: {agent_id: "it's", agent_version: 3}
                """,
            expected: """
                configurations:
                  hours:
                    name: Business hours
                    schedule:
                      default_timezone: Europe/London
                      default_windows:
                        - {days: [mon, tue], start: "10:00", end: '18:30'}
                    dialing_policy:
                      default_country_code: "+44"
                    agent: {agent_id: it's, agent_version: 3}

                """),
        Case(
            name: "YAML 1.1 look-alikes are quoted; null stays null",
            input: """
                campaigns:
                  spring:
                    name: no
                    configuration: 2027-01-04
                    status: ~
                    previous_external_ids: [yes, 'Null', 00123]
                """,
            expected: """
                campaigns:
                  spring:
                    previous_external_ids: ["yes", 'Null', "00123"]
                    name: "no"
                    configuration: "2027-01-04"
                    status: ~

                """),
        Case(
            name: "typed values and ${VAR} are written as they are",
            input: """
                campaigns:
                  spring:
                    name: Hours for ${CAMPAIGNCTL_TEAM}
                    configuration: "${CAMPAIGNCTL_CONFIG}"
                    priority: ${CAMPAIGNCTL_PRIORITY}
                    prune_contacts: 'true'
                concurrency:
                  limit: "25"

                """),
        Case(
            name: "data keeps every value's type: quotes change only where plain reads the same string",
            input: """
                adhoc_contacts:
                  contacts:
                    - external_id: "a"
                      phone_numbers: ["+14155550123"]
                      data:
                        "count": "12"
                        plan: "gold"
                        amount: 12.5
                        visit: 2027-01-04
                        flag: 'true'
                        empty: ""
                        nothing: null
                        zip: "02134"
                        note: 'plain words'
                """,
            expected: """
                adhoc_contacts:
                  contacts:
                    - external_id: a
                      phone_numbers: ["+14155550123"]
                      data:
                        count: "12"
                        plan: gold
                        amount: 12.5
                        visit: "2027-01-04"
                        flag: 'true'
                        empty: ""
                        nothing: null
                        zip: "02134"
                        note: plain words

                """),
    ]
}
