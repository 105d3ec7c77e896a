import Foundation
import Testing

/// The emulator's request log, searched by campaign (external_id or UUID) and route suffix.
struct RequestOrder: CustomStringConvertible {
    let requests: [LoggedRequest]
    let ids: [String: String]

    init(_ requests: [LoggedRequest], ids: [String: String]) {
        self.requests = requests
        self.ids = ids
    }

    func indices(of method: String, _ campaign: String, _ suffix: String) -> [Int] {
        let paths = Set([campaign, ids[campaign]].compactMap { $0 }.map { "/campaign/campaigns/\($0)\(suffix)" })
        return requests.indices.filter { requests[$0].method == method && paths.contains(requests[$0].path) }
    }

    func index(of method: String, _ campaign: String, _ suffix: String) -> Int? {
        indices(of: method, campaign, suffix).first
    }

    /// One successful pause, and every upsert for the campaign after it.
    func expectPausedBeforeContacts(_ campaign: String, upserts: Int, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let pauses = indices(of: "POST", campaign, "/pause")
        let contacts = indices(of: "POST", campaign, "/contacts")
        #expect(pauses.count == 1, "\(campaign): one pause:\n\(self)", sourceLocation: sourceLocation)
        #expect(contacts.count == upserts, "\(campaign): \(upserts) upserts:\n\(self)", sourceLocation: sourceLocation)
        guard let pause = pauses.first else { return }
        #expect(
            contacts.allSatisfy { $0 > pause }, "\(campaign): a contact upsert came before the pause:\n\(self)",
            sourceLocation: sourceLocation)
        #expect(
            requests[pause].status == 200, "\(campaign): the pause answered \(requests[pause].status)",
            sourceLocation: sourceLocation)
    }

    var description: String {
        requests.enumerated().filter { $0.element.method != "GET" }.map { "\($0.offset): \($0.element)" }.joined(
            separator: "\n")
    }
}
