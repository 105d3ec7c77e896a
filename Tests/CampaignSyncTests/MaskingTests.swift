import AnyreachAPI
import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Testing

/// Phone numbers never reach masked output in any format, yet a reviewer still sees that a
/// masked value changed.
@Suite struct MaskingTests {
    /// Every number of the desired state, as E.164 digits and as its national part.
    static func numbers(of desired: DesiredState) -> Set<String> {
        let contacts = desired.campaigns.flatMap(\.contacts) + (desired.adHocContacts?.contacts ?? [])
        var numbers = Set<String>()
        for number in contacts.flatMap(\.phoneNumbers) {
            let digits = String(number.dropFirst())
            numbers.insert(digits)
            numbers.insert(String(digits.suffix(digits.hasPrefix("1") ? 10 : digits.count - 2)))
        }
        return numbers
    }

    /// Runs of seven or more digits, separators between digit groups (space, dash, dot,
    /// parentheses) ignored, so a number can't hide by being formatted.
    static func digitRuns(in text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if !current.isEmpty, " -.()".contains(character) {
                continue
            } else {
                if current.count >= 7 { runs.append(current) }
                current = ""
            }
        }
        if current.count >= 7 { runs.append(current) }
        return runs
    }

    @Test(arguments: Examples.Scenario.allCases)
    func maskedOutputHoldsNoPhoneNumberOfTheManifests(_ scenario: Examples.Scenario) throws {
        let examples = try Examples()
        defer { examples.remove() }
        let plan = try examples.plan(scenario)
        let numbers = Self.numbers(of: try examples.desired())
        #expect(numbers.count > 5000)
        for format in RendererGoldenTests.Format.allCases {
            let masked = format.render(plan, masking: Masking(showSensitive: false))
            let leaked = Self.digitRuns(in: masked).filter { run in numbers.contains { run.contains($0) } }
            #expect(leaked.isEmpty, "\(format) shows \(leaked.prefix(3))")
            let shown = format.render(plan, masking: Masking(showSensitive: true))
            if format == .json {
                #expect(Self.digitRuns(in: shown).contains { numbers.contains($0) }, "--show-sensitive shows them")
            }
        }
    }

    @Test func aMaskedValueStillShowsThatItChanged() throws {
        let examples = try Examples(leads: 10)
        defer { examples.remove() }
        let plan = try examples.plan(.changed)
        let update = try #require(plan.contactChanges("spring-renewals").first { $0.externalID == "lead-00002" })
        #expect(update.kind == .update && update.fields == ["phone_numbers"])

        let text = PlanTextRenderer(masking: Masking(showSensitive: false), color: false).render(plan)
        #expect(text.contains("lead-00002: phone_numbers (sensitive #"), "an update is named with its masked values")
        let json = PlanJSONRenderer(masking: Masking(showSensitive: false)).render(plan)
        let masked = Masking(showSensitive: false)
        let before = masked.show(["+14152103353", "+15039169544"], sensitive: true)
        let after = masked.show(update.item?.json.objectValue?["phone_numbers"], sensitive: true)
        #expect(before != after && after.hasPrefix("(sensitive #"))
        #expect(json.contains(after), "the JSON shows the masked new value")
    }
}
