import AnyreachAPI
import AnyreachModel

/// One page of `GET /campaign/campaigns/{id}/contacts` (§4.2).
struct LiveContactPage: Sendable {
    var contacts: [LiveContact]
    var total: Int
    var limit: Int
    var offset: Int
}

/// Reads a contact page straight from its bytes into `LiveContact`s.
///
/// A plan reads every contact of the org; through the generated `Codable` types half of its
/// time went to `JSONDecoder` and to the runtime's free-form containers for `data`. This reader
/// builds only what a plan keeps, and is as strict as those types: a missing required field, a
/// field of the wrong type, an unknown status or a malformed timestamp is refused, naming the
/// field (`contacts[3].status`) or the byte offset. `null` and an absent key are both "unset"
/// for the optional fields, as the generated types read them; unknown fields are skipped.
enum ContactPageReader {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(ContactPageProblem) -> LiveContactPage {
        var scanner = JSONByteScanner(bytes)
        do {
            return try page(&scanner)
        } catch let error as JSONScanError {
            throw .notJSON(error)
        } catch let error as ContactPageProblem {
            throw error
        } catch {
            throw .notJSON(JSONScanError(offset: scanner.offset, expected: "JSON"))
        }
    }

    private static func page(_ scanner: inout JSONByteScanner) throws -> LiveContactPage {
        var contacts: [LiveContact]?
        var numbers: [String: Int] = [:]
        try scanner.expect(UInt8(ascii: "{"))
        var first = true
        while try scanner.nextMember(&first, closer: UInt8(ascii: "}")) {
            let key = try scanner.key()
            if scanner.matches(key, "contacts") {
                contacts = try list(&scanner)
            } else if let name = Self.pageNumbers.first(where: { scanner.matches(key, $0) }) {
                numbers["\(name)"] = try TypedField(name: "\(name)").integer(&scanner)
            } else {
                try scanner.skipValue()
            }
        }
        try scanner.expectEnd()
        guard let contacts else { throw ContactPageProblem.missing("contacts") }
        func number(_ name: String) throws -> Int {
            guard let value = numbers[name] else { throw ContactPageProblem.missing(name) }
            return value
        }
        return LiveContactPage(
            contacts: contacts, total: try number("total"), limit: try number("limit"), offset: try number("offset"))
    }

    private static func list(_ scanner: inout JSONByteScanner) throws -> [LiveContact] {
        try TypedField(name: "contacts").open(UInt8(ascii: "["), &scanner)
        var contacts: [LiveContact] = []
        contacts.reserveCapacity(Contract.pageLimits.upperBound)
        var first = true
        var zones = SharedStrings()
        while try scanner.nextMember(&first, closer: UInt8(ascii: "]")) {
            var fields = ContactFields(index: contacts.count)
            try fields.read(&scanner, zones: &zones)
            contacts.append(try fields.contact())
        }
        return contacts
    }

    private static let pageNumbers: [StaticString] = ["total", "limit", "offset"]
}

/// What is wrong with a contact page, in the words `UnreadableAnswer` uses for other answers.
enum ContactPageProblem: Error, CustomStringConvertible {
    case notJSON(JSONScanError)
    case missing(String)
    case wrongType(String, String)
    case unexpectedValue(String)

    var description: String {
        switch self {
        case .notJSON(let error): "the body is not valid JSON \(error.description)"
        case .missing(let path): "the field '\(path)' is missing"
        case .wrongType(let path, let expected): "the field '\(path)' is not \(expected)"
        case .unexpectedValue(let path): "the field '\(path)' holds a value the API never sends"
        }
    }
}
