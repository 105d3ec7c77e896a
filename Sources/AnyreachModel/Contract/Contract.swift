// The [set] choices of ../shared/anyreach-api.md that code (not only the OpenAPI document) needs:
// limits, defaults and the scope table. Client, emulator and manifest checks read them from here,
// so that when the real service's schema is known, each changes in one edit.

/// Numbers and names fixed by the Anyreach `/campaign` contract.
public enum Contract {
    /// Page sizes of the two list routes ([doc]: default 50, max 200).
    public static let pageLimits = 1...200
    public static let defaultPageLimit = 50
    /// Contacts in one `POST /campaigns/{id}/contacts` ([doc]).
    public static let upsertBatch = 1...1000
    /// Contacts inlined on campaign create or PATCH ([doc]).
    public static let maxInlineContacts = 5000
    /// Campaign priority ([set]: integer 1–10, default 5).
    public static let priorities = 1...10
    public static let defaultPriority = 5
    /// Names of campaigns and configurations ([set]: 1–200 characters).
    public static let nameLength = 1...200
    /// External ids of campaigns, configurations and contacts ([set]: 1–255 characters).
    public static let externalIDLength = 1...255
    /// A string's length as the contract's "1–200 characters" counts it: in Unicode code points, as
    /// JSON Schema's `maxLength` does (§10), so `👩‍⚕️` is 3 and a decomposed `é` is 2. Not
    /// `String.count`, which counts grapheme clusters and would let longer text through.
    /// Counted over the UTF-8 bytes, every byte that starts a scalar: a plan checks a million
    /// external_ids, and walking `unicodeScalars` was a hundredth of its CPU. Counted in the
    /// string's buffer: byte by byte through the `UTF8View` was as much again.
    public static func length(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.count { $0 & 0xC0 != 0x80 } }
    }
    /// The literal `{id}` of the ad-hoc campaign, never usable as a campaign external_id ([doc]).
    public static let adHocCampaignID = "default"
    /// Phone numbers per contact ([set]: 1–10).
    public static let phoneNumbersPerContact = 1...10
    /// Contact `data` as compact UTF-8 JSON ([set]: at most 16 KiB).
    public static let maxDataBytes = 16 * 1024
    /// A voice agent's id and version ([set]: a non-empty string; an int32 version, 0 or more).
    public static let agentIDLength = 1...Int(Int32.max)
    public static let agentVersions = 0...Int(Int32.max)
    /// Org concurrency limit ([doc]: default 10, max 10000; [set]: min 1).
    public static let concurrencyLimits = 1...10_000
    public static let defaultConcurrencyLimit = 10
    /// The platform-wide cap on concurrent calls, which no setting raises ([doc]).
    public static let platformCallCap = 50
    /// Dialing policy ranges and defaults ([set]).
    public static let maxAttemptsRange = 1...20
    public static let defaultMaxAttempts = 3
    public static let retryDelayMinutesRange = 0...10_080
    public static let defaultRetryDelayMinutes = 60
    /// Configuration defaults ([doc]).
    public static let defaultTimezone = "America/New_York"
    public static let defaultCountryCode = "+1"
    /// Org ids look like `org_<alphanumerics>` ([set]).
    public static let orgIDPrefix = "org_"
    /// The header that names the org for `pat_` tokens ([doc]).
    public static let orgHeader = "X-Anyreach-Org"
}
