import AnyreachAPI
import AnyreachModel
import Foundation
import OpenAPIRuntime

/// Dates on the wire, read without ICU: the contract's timestamps are RFC 3339 strings
/// (`2026-11-28T09:00:00Z`, the contract's preamble), and a contact carries several of them.
///
/// The runtime's default transcoder funnels every date through one `ISO8601DateFormatter`
/// behind a lock: reading an org of 100,000 contacts spent a quarter of its CPU there, on one
/// thread at a time. This parses the RFC 3339 form by hand and leaves anything else to the
/// default, so no date the default accepts is refused.
struct RFC3339DateTranscoder: DateTranscoder {
    private let fallback = ISO8601DateTranscoder.iso8601
    private let fallbackWithFraction = ISO8601DateTranscoder.iso8601WithFractionalSeconds

    /// Whole seconds in UTC, as the contract writes them. Dates are sent rarely (`scheduled_at`).
    func encode(_ date: Date) throws -> String {
        try fallback.encode(date)
    }

    func decode(_ text: String) throws -> Date {
        if let date = Self.parse(text) { return date }
        return try (try? fallback.decode(text)) ?? fallbackWithFraction.decode(text)
    }

    /// The contract's form (`RFC3339Timestamp`, shared with the emulator and the manifest
    /// checks); nil for anything else, or for a field out of range (month 13, February 30,
    /// second 60), which `decode` leaves to Foundation as before: the client reads what a server
    /// sends, and refuses no date the default transcoder accepts.
    static func parse(_ text: String) -> Date? {
        guard let timestamp = try? RFC3339Timestamp.parse(text) else { return nil }
        return Date(timeIntervalSince1970: Double(timestamp.seconds) + timestamp.fraction)
    }
}
