import AnyreachModel
public import CampaignManifest
import ScheduleRules

/// `campaignctl windows`: when each configuration's calls may start, as week grids of local
/// time per group of zones, against the manifests' calling-hours band. Made from the manifests
/// alone; the same grids the plan's markdown shows for a schedule change.
public struct WindowsReport: Sendable {
    public var configurations: [ConfigurationSpec]
    public var policy: CallingHoursSpec?

    public init(_ state: DesiredState) {
        configurations = state.configurations
        policy = state.policy.callingHours
    }

    var band: CallingHours { policy?.hours ?? .usual }

    static let noConfiguration = "the manifests define no configuration: no calls"

    /// For a terminal: the band and the legend, then each configuration's grids.
    public var text: String {
        let blocks = configurations.map { configuration in
            [title(configuration)] + grids(configuration).map { $0.isEmpty ? $0 : "  " + $0 }
        }
        let none = configurations.isEmpty ? [[Self.noConfiguration]] : []
        return ([[bandLine, WeekGrid.legend(band)]] + blocks + none).map { $0.joined(separator: "\n") }
            .joined(separator: "\n\n") + "\n"
    }

    /// For a pull request or a wiki: a heading per configuration, its grids in a fenced block.
    public var markdown: String {
        let blocks = configurations.map { configuration in
            let heading =
                "#### configuration `\(configuration.externalID)`: "
                + PlanMarkdownRenderer.htmlEscaped(configuration.state.name)
            return [heading, "", "`\(configuration.location.fileAndLine)`", "", "```text"] + grids(configuration)
                + ["```"]
        }
        let head = ["### campaignctl windows", "", bandLine, "", "`\(WeekGrid.legend(band))`"]
        let none = configurations.isEmpty ? [[Self.noConfiguration]] : []
        return ([head] + blocks + none).map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// `calling hours: 08:00–21:00, ...`: the band, and where it comes from.
    var bandLine: String {
        let hours = "\(CallingHours.text(band.earliest))–\(CallingHours.text(band.latest))"
        guard let policy else {
            return "calling hours: \(hours), the usual band (the manifests set no policy.calling_hours)"
        }
        let enforce = policy.isError ? "error" : "warning"
        return "calling hours: \(hours), policy.calling_hours (enforce: \(enforce), \(policy.location.fileAndLine))"
    }

    private func title(_ configuration: ConfigurationSpec) -> String {
        "configuration \"\(configuration.externalID)\": \(configuration.state.name)  (\(configuration.location.fileAndLine))"
    }

    private func grids(_ configuration: ConfigurationSpec) -> [String] {
        ScheduleGridRenderer(band: band).lines(ScheduleView(configuration.state.schedule))
    }
}
