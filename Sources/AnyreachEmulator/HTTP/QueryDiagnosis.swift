import Foundation

/// Finds which query parameter the generated layer failed to read, since its error doesn't say:
/// `limit` and `offset` must be integers and `status` one of the operation's statuses.
enum QueryDiagnosis {
    static let campaignStatuses: Set<String> = ["active", "paused", "closed"]
    static let contactStatuses: Set<String> = ["pending", "locked", "in_progress", "completed", "exhausted"]

    static func issues(path: String, operationID: String) -> [ValidationIssue] {
        let items = URLComponents(string: path)?.queryItems ?? []
        let statuses = operationID == "listContacts" ? contactStatuses : campaignStatuses
        var found: [ValidationIssue] = []
        for item in items {
            let value = item.value ?? ""
            let isCount = item.name == "limit" || item.name == "offset"
            switch item.name {
            case _ where isCount && Int(value) == nil:
                found.append(
                    .init(
                        loc: [.key("query"), .key(item.name)], msg: "\(item.name) must be an integer",
                        type: "type_error.integer"))
            case "status" where !statuses.contains(value):
                let allowed = statuses.sorted().joined(separator: ", ")
                found.append(
                    .init(
                        loc: [.key("query"), .key("status")], msg: "'\(value)' is not one of \(allowed)",
                        type: "type_error.enum"))
            default:
                continue
            }
        }
        return found
    }
}
