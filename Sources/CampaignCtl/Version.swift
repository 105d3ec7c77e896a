/// campaignctl's version, as `--version` prints it. Raised with each release; saved plans carry
/// their own `format_version`, which is what compatibility rests on.
enum Version {
    static let current = "0.5.0"
}
