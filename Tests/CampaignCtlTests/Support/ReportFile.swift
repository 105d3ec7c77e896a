import AnyreachAPI
import AnyreachModel
import Foundation

/// An apply report as written by `--report`.
struct ReportFile {
    let json: JSONValue
    let outcomes: [String: String]
    let reasons: [String: String]

    init(_ url: URL) throws {
        json = try JSONValue.parse(Array(try Data(contentsOf: url)))
        let operations = json["operations"]?.arrayValue ?? []
        outcomes = Dictionary(
            operations.compactMap { op in op["id"]?.stringValue.map { ($0, op["outcome"]?.stringValue ?? "?") } },
            uniquingKeysWith: { $1 })
        reasons = Dictionary(
            operations.compactMap { op in
                op["id"]?.stringValue.flatMap { id in op["reason"]?.stringValue.map { (id, $0) } }
            }, uniquingKeysWith: { $1 })
    }

    var formatVersion: Int? { json["format_version"]?.intValue }
    var interrupted: Bool? { if case .bool(let value)? = json["interrupted"] { value } else { nil } }
    func count(_ outcome: String) -> Int { outcomes.values.filter { $0 == outcome }.count }
}
