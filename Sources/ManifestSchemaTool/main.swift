import CampaignManifest
import Foundation

// `manifest-schema` prints docs/manifest.schema.json (scripts/generate-manifest-schema.sh writes
// it), generated from the definitions the loader checks keys against (CampaignManifest's
// ManifestKeys).
switch CommandLine.arguments.dropFirst().first {
case nil: FileHandle.standardOutput.write(Data(ManifestSchema.text.utf8))
case let other?:
    FileHandle.standardError.write(Data("usage: manifest-schema (unknown argument '\(other)')\n".utf8))
    exit(64)
}
