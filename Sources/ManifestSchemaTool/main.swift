import CampaignManifest
import Foundation

// `manifest-schema` prints docs/manifest.schema.json (scripts/generate-manifest-schema.sh writes
// it); `manifest-schema --probes` prints the changes scripts/check-manifest-schema.sh makes to a
// complete manifest to check that `campaignctl validate` and the schema agree. Both come from the
// definitions the loader checks keys against (CampaignManifest's ManifestKeys).
switch CommandLine.arguments.dropFirst().first {
case nil: FileHandle.standardOutput.write(Data(ManifestSchema.text.utf8))
case "--probes": FileHandle.standardOutput.write(Data(SchemaProbes.jsonLines.utf8))
case let other?:
    FileHandle.standardError.write(Data("usage: manifest-schema [--probes] (unknown argument '\(other)')\n".utf8))
    exit(64)
}
