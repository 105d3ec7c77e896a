import AnyreachModel
import Testing

@testable import CampaignManifest

/// `fmt`'s picture of each mapping holds exactly the keys the loader allows there, so that no key
/// is ever put out of order or given another reading than the loader's.
@Suite struct FormatShapeTests {
    static let allowed: [(FormatShape, [String])] = [
        (.manifestFile, ManifestFileDecoder.sections),
        (.contactsFile, ["contacts"]),
        (.configuration, ConfigurationDecoder.keys),
        (.schedule, Schedule.CodingKeys.allCases.map(\.stringValue)),
        (.window, TimeWindow.CodingKeys.allCases.map(\.stringValue)),
        (.override, ScheduleOverride.CodingKeys.allCases.map(\.stringValue)),
        (.dialingPolicy, DialingPolicy.CodingKeys.allCases.map(\.stringValue)),
        (.agent, Agent.CodingKeys.allCases.map(\.stringValue)),
        (.campaign, ManifestFileDecoder.campaignKeys),
        (.contact, ContactDecoder.keys),
        (.contactsFileEntry, ["path", "columns"]),
        (.columns, CSVColumns.keys),
        (.dataColumn, ["column", "type"]),
        (.adHoc, ManifestFileDecoder.adHocKeys),
        (.concurrency, ["limit"]),
        (.policy, ManifestFileDecoder.policyKeys),
        (.prune, ManifestFileDecoder.pruneKeys),
        (.ignore, ManifestFileDecoder.ignoreKeys),
        (.massDelete, ManifestFileDecoder.massDeleteKeys),
    ]

    @Test func eachMappingHasTheLoadersKeys() {
        for (shape, keys) in Self.allowed {
            #expect(Set(shape.fields?.map(\.key) ?? []) == Set(keys), "\(shape)")
        }
        let listed = Set(Self.allowed.map(\.0))
        for shape in FormatShape.allCases where shape.fields != nil {
            #expect(listed.contains(shape), "\(shape) has keys this test doesn't check")
        }
    }
}
