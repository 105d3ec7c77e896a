/// The versions `--version` prints, for campaignctl and the emulator alike.
public enum Versions {
    /// The package's version, raised with each release. Saved plans carry their own
    /// `format_version`, which is what compatibility rests on.
    public static let package = "0.5.0"
    /// The version of the API contract both follow: `info.version` of
    /// `openapi/anyreach-campaign.yaml` (a test holds them equal).
    public static let contract = "0.1.0"

    /// `NAME VERSION (Anyreach /campaign contract VERSION)`.
    public static func line(_ tool: String) -> String {
        "\(tool) \(package) (Anyreach /campaign contract \(contract))"
    }
}
