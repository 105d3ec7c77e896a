import AnyreachAPI
import AnyreachModel
import Foundation
import OpenAPIRuntime

/// The date transcoder of the generated layer: RFC 3339 out, lenient in.
///
/// The only date a request carries is a contact's `scheduled_at`, which `ContactInput` checks
/// from the raw body and refuses with a 422 at `body.contacts.N.scheduled_at`. The generated
/// layer's own date errors carry no coding path, so letting it refuse a date would answer a 422
/// at `body` that names no field, and would refuse fractional seconds the contract allows.
struct BodyDateTranscoder: DateTranscoder {
    private let strict = ISO8601DateTranscoder.iso8601

    /// The emulator's timestamps are whole seconds (`Timestamp.date`), which `Timestamp.rfc3339`
    /// writes without ICU; anything else goes to the formatter.
    func encode(_ date: Date) throws -> String {
        if let seconds = Int64(exactly: date.timeIntervalSince1970), let text = Timestamp.rfc3339(seconds) {
            return text
        }
        return try strict.encode(date)
    }

    /// What `encode` writes for a timestamp of whole seconds.
    static func text(_ seconds: Int64) -> String {
        Timestamp.rfc3339(seconds) ?? (try? shared.encode(Timestamp.date(seconds))) ?? ""
    }

    /// One formatter for `text`'s rare dates outside `Timestamp.fastYears`: making one is costly.
    private static let shared = BodyDateTranscoder()

    /// Any string decodes; the value is never used, since handlers read bodies raw. Read with
    /// the contract's own parser, not the formatter: an upsert of 1000 contacts decodes 1000.
    func decode(_ text: String) throws -> Date {
        guard let timestamp = try? RFC3339Timestamp.parse(text) else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: Double(timestamp.seconds) + timestamp.fraction)
    }
}
