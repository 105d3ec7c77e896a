/// What an upsert did, item by item, in the shape of the upsert response (§4.2).
struct UpsertOutcome: Sendable {
    struct Failure: Sendable, Hashable {
        var index: Int
        var externalID: String?
        var detail: String
    }

    struct Warning: Sendable, Hashable {
        var index: Int
        var detail: String
    }

    var inserted = 0
    var updated = 0
    var failed: [Failure] = []
    var warnings: [Warning] = []
    /// The resolved id of every item in request order; nil where the item failed.
    var contactIDs: [String?] = []
}
