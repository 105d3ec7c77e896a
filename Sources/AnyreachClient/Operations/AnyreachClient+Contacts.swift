public import AnyreachAPI
public import AnyreachModel

extension AnyreachClient {
    /// Upserts up to 1000 items, each with every managed field (`null` clears one, §4.2, §10).
    public func upsertContacts(_ campaign: String, items: [ContactUpsert]) async throws
        -> Components.Schemas.ContactUpsertResponse
    {
        let body = Components.Schemas.ContactUpsertRequest(
            contacts: try items.map(Components.Schemas.ContactInput.init))
        return try await call(repeatable: items.allSatisfy(\.isRepeatable)) {
            try await generated.upsertContacts(path: .init(id: campaign), body: .json(body)).ok.body.json
        }
    }

    public func findContact(_ campaign: String, _ contact: String) async throws -> Contact? {
        do {
            return try await call {
                try await generated.getContact(path: .init(id: campaign, contactId: contact)).ok.body.json
            }
        } catch let error as APIClientError where error.status == 404 {
            return nil
        }
    }

    public func deleteContact(_ campaign: String, _ contact: String) async throws {
        try await deleting {
            _ = try await generated.deleteContact(path: .init(id: campaign, contactId: contact)).noContent
        }
    }

    /// One page of contacts at `offset`.
    func contactPage(_ campaign: String, offset: Int) async throws -> Components.Schemas.ContactPage {
        try await call {
            try await generated.listContacts(
                path: .init(id: campaign), query: .init(limit: Contract.pageLimits.upperBound, offset: offset)
            ).ok.body.json
        }
    }

    /// Every contact of a campaign (or `default`): the first page tells `total`, the rest are
    /// fetched concurrently, and the result is checked (no id twice, count as announced); a
    /// read that raced with changes is read again.
    public func listAllContacts(_ campaign: String) async throws -> [Contact] {
        var lastProblem = ""
        for _ in 1...3 {
            let first = try await contactPage(campaign, offset: 0)
            let contacts =
                try await first.contacts + remainingPages(campaign, total: first.total, pageSize: first.limit)
            if let problem = Self.inconsistency(contacts, total: first.total) {
                lastProblem = problem
                continue
            }
            return contacts
        }
        throw ContactReadError(campaign: campaign, problem: lastProblem)
    }

    private func remainingPages(_ campaign: String, total: Int, pageSize: Int) async throws -> [Contact] {
        // A page size of 0 would never advance; the API promises at least 1 (§4.2).
        let offsets = Array(stride(from: pageSize, to: total, by: max(1, pageSize)))
        guard !offsets.isEmpty else { return [] }
        return try await withThrowingTaskGroup(of: (Int, [Contact]).self) { group in
            for offset in offsets {
                group.addTask { (offset, try await self.contactPage(campaign, offset: offset).contacts) }
            }
            var pages: [Int: [Contact]] = [:]
            for try await (offset, contacts) in group { pages[offset] = contacts }
            return offsets.flatMap { pages[$0] ?? [] }
        }
    }

    static func inconsistency(_ contacts: [Contact], total: Int) -> String? {
        if contacts.count != total { return "read \(contacts.count) contacts where the API announced \(total)" }
        var seen = Set<String>(minimumCapacity: contacts.count)
        for contact in contacts where !seen.insert(contact.id).inserted {
            return "contact \(contact.id) came back twice"
        }
        return nil
    }
}

/// The contacts of a campaign kept changing while they were read.
public struct ContactReadError: Error, CustomStringConvertible {
    public var campaign: String
    public var problem: String
    public var description: String {
        "GET /campaign/campaigns/\(campaign)/contacts: the list changed while it was read three times (\(problem)); run again when the campaign is quieter"
    }
}
