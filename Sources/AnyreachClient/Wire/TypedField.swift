import AnyreachModel
import Foundation

/// Reads one field of an answer as the type the contract gives it: the first byte tells a
/// value of another type apart, which is refused naming the field; the token itself is then
/// read strictly (a malformed one is a JSON error at its offset).
///
/// The field's path (`contacts[3].phone_numbers[0]`) is only spelled out for an error: a page
/// has thousands of fields.
struct TypedField {
    /// Its contact's index on the page, if it belongs to one.
    var contact: Int? = nil
    let name: String
    /// Its index in a list field.
    var item: Int? = nil

    var path: String {
        (contact.map { "contacts[\($0)]." } ?? "") + name + (item.map { "[\($0)]" } ?? "")
    }

    func open(_ bracket: UInt8, _ scanner: inout JSONByteScanner) throws {
        guard scanner.peek() == bracket else {
            throw ContactPageProblem.wrongType(path, bracket == UInt8(ascii: "[") ? "a list" : "an object")
        }
        try scanner.expect(bracket)
    }

    func string(_ scanner: inout JSONByteScanner) throws -> String {
        try requireString(&scanner)
        return try scanner.string()
    }

    /// Refuses anything but a string next, naming the field.
    private func requireString(_ scanner: inout JSONByteScanner) throws {
        guard scanner.peek() == UInt8(ascii: "\"") else { throw ContactPageProblem.wrongType(path, "a string") }
    }

    /// A string's extent, unread: for a caller that matches its bytes.
    func rawString(_ scanner: inout JSONByteScanner) throws -> JSONByteScanner.RawString {
        try requireString(&scanner)
        return try scanner.rawString()
    }

    func nullableString(_ scanner: inout JSONByteScanner) throws -> String? {
        try scanner.takeNull() ? nil : try string(&scanner)
    }

    /// A nullable string checked and not kept (`campaign_id`): no text is built for it.
    func checkNullableString(_ scanner: inout JSONByteScanner) throws {
        if try scanner.takeNull() { return }
        try requireString(&scanner)
        try scanner.skipValue()
    }

    /// A nullable string whose values repeat across a page (time zones), read once each.
    func nullableString(_ scanner: inout JSONByteScanner, sharing shared: inout SharedStrings) throws -> String? {
        if try scanner.takeNull() { return nil }
        try requireString(&scanner)
        return try scanner.string(sharing: &shared)
    }

    func integer(_ scanner: inout JSONByteScanner) throws -> Int {
        guard let byte = scanner.peek(), byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte),
            case .int(let value) = try scanner.number(), let whole = Int(exactly: value)
        else { throw ContactPageProblem.wrongType(path, "a whole number") }
        return whole
    }

    func nullableInteger(_ scanner: inout JSONByteScanner) throws -> Int? {
        try scanner.takeNull() ? nil : try integer(&scanner)
    }

    /// A free-form object, canonical (integral numbers as integers), as `ContactState` keeps it.
    func object(_ scanner: inout JSONByteScanner) throws -> JSONValue {
        guard scanner.peek() == UInt8(ascii: "{") else { throw ContactPageProblem.wrongType(path, "an object") }
        return try scanner.value().canonical
    }

    func nullableObject(_ scanner: inout JSONByteScanner) throws -> JSONValue? {
        // Spelled out: `JSONValue` takes a `nil` literal as `.null`, which is not "unset".
        if try scanner.takeNull() { return Optional<JSONValue>.none }
        return try object(&scanner)
    }

    func strings(_ scanner: inout JSONByteScanner) throws -> [String] {
        try open(UInt8(ascii: "["), &scanner)
        var items: [String] = []
        var first = true
        while try scanner.nextMember(&first, closer: UInt8(ascii: "]")) {
            items.append(try TypedField(contact: contact, name: name, item: items.count).string(&scanner))
        }
        return items
    }

    /// A timestamp as the API stores it: UTC, whole seconds (`2026-03-01T09:00:00Z`). What the
    /// generated types' transcoder accepts beyond the contract's form is accepted here too.
    func timestamp(_ scanner: inout JSONByteScanner) throws -> String {
        let text = try string(&scanner)
        if let timestamp = try? RFC3339Timestamp.parse(text) { return timestamp.utcText }
        guard let date = try? RFC3339DateTranscoder().decode(text) else {
            throw ContactPageProblem.unexpectedValue(path)
        }
        return CivilDate.rfc3339(Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// A timestamp checked and not kept (`created_at`, `updated_at`): no text is built for it.
    func checkTimestamp(_ scanner: inout JSONByteScanner) throws {
        try requireString(&scanner)
        let raw = try scanner.rawString()
        if let bytes = scanner.bytes(of: raw), (try? RFC3339Timestamp.parse(utf8: bytes)) != nil { return }
        let text = try scanner.decode(raw)
        if (try? RFC3339DateTranscoder().decode(text)) == nil { throw ContactPageProblem.unexpectedValue(path) }
    }

    func nullableTimestamp(_ scanner: inout JSONByteScanner) throws -> String? {
        try scanner.takeNull() ? nil : try timestamp(&scanner)
    }
}
