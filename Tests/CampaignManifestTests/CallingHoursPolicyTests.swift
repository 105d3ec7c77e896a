import Foundation
import Testing

@testable import CampaignManifest

/// `policy.calling_hours` over each shape of window, with each diagnostic where the window was
/// written and naming its zones and the hours outside.
@Suite struct CallingHoursPolicyTests {
    static let hours = """
        configurations:
          hours:
            name: Hours
            agent: {agent_id: agent-1}
            schedule:
              default_timezone: America/New_York
              default_windows:
                - {days: [mon, tue], start: "08:30", end: "17:00"}
                - {days: [fri], start: "20:00", end: "01:00"}
              overrides:
                - timezones: [Pacific/Honolulu, America/Anchorage]
                  windows:
                    - {days: [mon], start: "10:00", end: "16:00"}
                    - {days: [sat], start: "19:00", end: "22:00"}
              scheduled_windows:
                - {days: [wed], start: "07:00", end: "12:00"}
        """

    static func load(_ policy: String?) -> ManifestLoadResult {
        var files = [(name: "configurations/hours.yaml", text: hours)]
        if let policy { files.append((name: "org.yaml", text: policy)) }
        return Fixtures.loader().load(texts: files)
    }

    static func found(_ result: ManifestLoadResult) -> [String] {
        result.diagnostics.filter { $0.kind == .callingHours }.map { diagnostic in
            "\(diagnostic.location.map { "\($0.line)" } ?? "?") \(diagnostic.severity): \(diagnostic.message)"
        }
    }

    @Test func withoutAPolicyWindowsOutsideEightToNineAreWarningsThatSayHowToSetOne() {
        let result = Self.load(nil)
        #expect(result.state != nil, "warnings only: \(result.diagnostics)")
        #expect(
            Self.found(result) == [
                "9 warning: configuration 'hours': default_windows[1] (fri 20:00–01:00 in America/New_York) calls outside 08:00–21:00: 21:00–24:00 and 00:00–01:00",
                "14 warning: configuration 'hours': overrides[0].windows[1] (sat 19:00–22:00 in Pacific/Honolulu, America/Anchorage) calls outside 08:00–21:00: 21:00–22:00",
                "16 warning: configuration 'hours': scheduled_windows[0] (wed 07:00–12:00 in America/New_York) calls outside 08:00–21:00: 07:00–08:00",
            ], "\(result.diagnostics)")
        #expect(
            result.diagnostics.allSatisfy {
                $0.kind != .callingHours || $0.hint?.contains("policy.calling_hours") == true
            })
    }

    @Test func aNarrowerPolicyEnforcedAsAnErrorRefusesTheManifests() {
        let result = Self.load("policy:\n  calling_hours: {earliest: \"09:00\", latest: \"20:00\", enforce: error}\n")
        #expect(result.state == nil)
        #expect(
            Self.found(result) == [
                "8 error: configuration 'hours': default_windows[0] (mon,tue 08:30–17:00 in America/New_York) calls outside 09:00–20:00: 08:30–09:00",
                "9 error: configuration 'hours': default_windows[1] (fri 20:00–01:00 in America/New_York) calls outside 09:00–20:00: 20:00–24:00 and 00:00–01:00",
                "14 error: configuration 'hours': overrides[0].windows[1] (sat 19:00–22:00 in Pacific/Honolulu, America/Anchorage) calls outside 09:00–20:00: 20:00–22:00",
                "16 error: configuration 'hours': scheduled_windows[0] (wed 07:00–12:00 in America/New_York) calls outside 09:00–20:00: 07:00–09:00",
            ], "\(result.diagnostics)")
        #expect(
            result.diagnostics.allSatisfy {
                $0.location?.file == "configurations/hours.yaml" || $0.kind != .callingHours
            })
    }

    @Test func aWiderPolicyAsAWarningPassesWhatItAllows() {
        let result = Self.load("policy:\n  calling_hours: {earliest: \"07:00\", latest: \"22:00\"}\n")
        #expect(result.state != nil)
        #expect(
            Self.found(result) == [
                "9 warning: configuration 'hours': default_windows[1] (fri 20:00–01:00 in America/New_York) calls outside 07:00–22:00: 22:00–24:00 and 00:00–01:00"
            ], "\(result.diagnostics)")
    }

    @Test(arguments: [
        ("{earliest: \"9:00\", latest: \"21:00\"}", "calling_hours.earliest must be HH:MM"),
        ("{earliest: \"21:00\", latest: \"08:00\"}", "calling_hours.latest must be later than earliest"),
        ("{earliest: \"08:00\", latest: \"21:00\", enforce: loud}", "calling_hours.enforce must be warning or error"),
        ("{earliest: \"08:00\"}", "latest"),
    ])
    func aMalformedPolicyIsALocatedError(policy: String, message: String) {
        let result = Self.load("policy:\n  calling_hours: \(policy)\n")
        #expect(result.state == nil)
        #expect(
            result.errors.contains { $0.message.contains(message) && $0.location?.file == "org.yaml" },
            "\(result.diagnostics)")
    }
}
