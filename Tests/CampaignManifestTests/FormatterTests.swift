import Testing

@testable import CampaignManifest

/// `fmt` on texts: each input and the canonical text expected of it, which must itself come
/// back unchanged.
@Suite struct FormatterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        /// The canonical text; nil when the input is already canonical.
        var output: String?
        var testDescription: String { name }
        var expected: String { output ?? input }

        init(name: String, input: String, expected: String? = nil) {
            (self.name, self.input, output) = (name, input, expected)
        }
    }

    static let cases: [Case] = reordering + layout + quoting + values

    @Test(arguments: cases)
    func formatsToTheCanonicalLayout(_ example: Case) {
        let outcome = ManifestFormatter.format(example.input, file: "case.yaml")
        let expected: FormatOutcome = example.input == example.expected ? .unchanged : .formatted(example.expected)
        #expect(outcome == expected, "\(example.name)\n\(Self.text(outcome))")
        #expect(ManifestFormatter.format(example.expected, file: "case.yaml") == .unchanged, "a second fmt changes it")
    }

    static func text(_ outcome: FormatOutcome) -> String {
        switch outcome {
        case .formatted(let text): text
        case .unchanged: "(unchanged)"
        case .kept(let warning): "(kept) \(warning)"
        case .failed(let errors): "(failed) \(errors)"
        }
    }

    /// Keys in the docs' order; comments travel with their key.
    static let reordering: [Case] = [
        Case(
            name: "known keys in the docs' order, comments with their key",
            input: """
                campaigns:
                  spring:
                    # Set by sales.
                    priority: 7
                    status: paused  # until the script is approved
                    name: Spring
                    configuration: hours
                    unknown_key: kept last
                    id: 5b1c0a52-27f3-4b5e-a5d8-2f0b3e1c9a11
                """,
            expected: """
                campaigns:
                  spring:
                    id: "5b1c0a52-27f3-4b5e-a5d8-2f0b3e1c9a11"
                    name: Spring
                    configuration: hours
                    status: paused # until the script is approved
                    # Set by sales.
                    priority: 7
                    unknown_key: kept last

                """),
        Case(
            name: "the file's header stays on top when the first key moves",
            input: """
                # The org's settings.
                policy:
                  prune: {campaigns: false}

                # Ten calls at once.
                concurrency:
                  limit: 10
                """,
            expected: """
                # The org's settings.

                # Ten calls at once.
                concurrency:
                  limit: 10
                policy:
                  prune: {campaigns: false}

                """),
        Case(
            name: "names keep the order written: external_ids, data keys",
            input: """
                campaigns:
                  zeta: {name: Z, configuration: c}
                  alpha: {name: A, configuration: c, status: active, contacts: [{external_id: x, phone_numbers: ["+14155550123"], data: {z: 1, a: 2}}]}
                """,
            expected: """
                campaigns:
                  zeta: {name: Z, configuration: c}
                  alpha:
                    name: A
                    configuration: c
                    status: active
                    contacts: [{external_id: x, phone_numbers: ["+14155550123"], data: {z: 1, a: 2}}]

                """),
        Case(
            name: "comments at the end of a mapping stay at its end",
            input: """
                campaigns:
                  spring:
                    name: Spring
                    configuration: hours
                    # priority: 3
                  # autumn: later

                # The end.

                """),
    ]
}
