import AnyreachModel
public import Foundation

/// A plan saved by `plan --out` and read back by `apply --plan`: the whole plan as JSON,
/// unmasked (apply needs the numbers), never a credential. The caller reads and writes the
/// file; this only turns a plan into bytes and bytes back into a plan it can trust.
public struct SavedPlan: Sendable {
    public let plan: Plan
    /// The file as messages name it.
    public let name: String

    /// The bytes `plan --out` writes.
    public static func encode(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(plan)
    }

    /// Reads a saved plan, checking its `format_version` before anything else: a plan in
    /// another format would decode into the wrong meaning, or fail with a message about a field.
    public init(decoding data: Data, name: String) throws(SavedPlanError) {
        try Self.checkFormat(of: data, name: name)
        do {
            plan = try JSONDecoder().decode(Plan.self, from: data)
        } catch {
            let message = "'\(name)' is a damaged plan file (\(Self.summary(error))); plan again"
            throw SavedPlanError(.damaged, name, message)
        }
        self.name = name
    }

    /// The first field a reader looks at.
    private struct Header: Decodable {
        var formatVersion: Int?
        enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }
    }

    private static func checkFormat(of data: Data, name: String) throws(SavedPlanError) {
        let notAPlan = { (why: String) in
            let message = "'\(name)' is not a saved plan: \(why); make one with `campaignctl plan --out`"
            return SavedPlanError(.notAPlan, name, message)
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw notAPlan("it is not a JSON object")
        }
        guard let version = header.formatVersion else { throw notAPlan("it has no format_version") }
        let reads = "this campaignctl reads plan format \(Plan.formatVersion)"
        if version < Plan.formatVersion {
            let message = "'\(name)' was saved by an older campaignctl (plan format \(version)); \(reads): "
            throw SavedPlanError(.olderFormat, name, message + "plan again with this one")
        }
        if version > Plan.formatVersion {
            let message = "'\(name)' was saved by a newer campaignctl (plan format \(version)); \(reads): "
            let fix = "apply it with that campaignctl, or plan again with this one"
            throw SavedPlanError(.newerFormat, name, message + fix)
        }
    }

    /// A decoding error in one line: what is wrong and where (`operations[3].key`).
    private static func summary(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let (context, what): (DecodingError.Context, String) =
            switch error {
            case .keyNotFound(let key, let context): (context, "'\(key.stringValue)' is missing")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                (context, context.debugDescription)
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "\(error)")
            }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? what : "\(what) at \(path.hasPrefix(".") ? String(path.dropFirst()) : path)"
    }
}
