import AnyreachModel
import Testing

@testable import CampaignManifest

/// `fmt`'s picture of each mapping holds exactly the keys the loader allows there (`ManifestKeys`), so that no key
/// is ever put out of order or given another reading than the loader's.
@Suite struct FormatShapeTests {
    static let allowed: [(FormatShape, [String])] = [
        (.manifestFile, ManifestKeys.manifest.allowed),
        (.contactsFile, ManifestKeys.contactsFile.allowed),
        (.configuration, ManifestKeys.configuration.allowed),
        (.schedule, ManifestKeys.schedule.allowed),
        (.window, ManifestKeys.timeWindow.allowed),
        (.override, ManifestKeys.scheduleOverride.allowed),
        (.dialingPolicy, ManifestKeys.dialingPolicy.allowed),
        (.agent, ManifestKeys.agent.allowed),
        (.campaign, ManifestKeys.campaign.allowed),
        (.contact, ManifestKeys.contact.allowed),
        (.contactsFileEntry, ManifestKeys.contactsFileEntry.allowed),
        (.suppressionFile, ManifestKeys.suppressionFile.allowed),
        (.columns, ManifestKeys.csvColumns.allowed),
        (.dataColumn, ManifestKeys.dataColumn.allowed),
        (.adHoc, ManifestKeys.adhocContacts.allowed),
        (.concurrency, ManifestKeys.concurrency.allowed),
        (.policy, ManifestKeys.policy.allowed),
        (.prune, ManifestKeys.prune.allowed),
        (.ignore, ManifestKeys.ignore.allowed),
        (.massDelete, ManifestKeys.massDelete.allowed),
        (.callingHours, ManifestKeys.callingHours.allowed),
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
