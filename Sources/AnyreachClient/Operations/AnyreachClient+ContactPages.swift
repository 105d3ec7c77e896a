public import AnyreachModel

/// Takes a campaign's contact pages as they arrive, in any order, so that what a reader of
/// millions of contacts keeps can be less than every contact (a plan keeps the ones that
/// differ from its manifests).
public protocol LiveContactSink: Sendable {
    /// One page: its contacts and the position of the first among all of the campaign's.
    mutating func take(_ contacts: [LiveContact], at position: Int)
    /// Called once every page is in and the read checked.
    mutating func finish()
}

extension AnyreachClient {
    /// Every contact of a campaign (or `default`), in the API's order.
    public func listAllContacts(_ campaign: String) async throws -> [LiveContact] {
        try await readContacts(campaign) { AllContacts() }.contacts
    }

    /// Reads every contact page of a campaign into a sink `makeSink` makes: the first page
    /// tells `total`, the rest are fetched concurrently and handed over as each arrives. The
    /// read is checked (no id twice, as many as announced); one that raced with changes is read
    /// again into a new sink. Pages read `ahead` start the first read, which then fetches only
    /// the others.
    public func readContacts<Sink: LiveContactSink>(
        _ campaign: String, ahead: ContactPagesAhead? = nil, into makeSink: @Sendable () -> Sink
    ) async throws -> Sink {
        var lastProblem = ""
        var ahead = ahead
        for _ in 1...3 {
            let first: LiveContactPage
            if let ahead { first = ahead.first } else { first = try await contactPage(campaign, offset: 0) }
            var read = CheckedRead(sink: makeSink(), expecting: first.total)
            read.take(first.contacts, at: 0)
            try await remainingPages(
                campaign, total: first.total, pageSize: first.limit, have: ahead?.pages ?? [:], into: &read)
            // A read again after a race starts over from the API.
            ahead = nil
            if let problem = read.inconsistency(total: first.total) {
                lastProblem = problem
                continue
            }
            read.sink.finish()
            return read.sink
        }
        throw ContactReadError(campaign: campaign, problem: lastProblem)
    }

    private func remainingPages<Sink: LiveContactSink>(
        _ campaign: String, total: Int, pageSize: Int, have: [Int: [LiveContact]],
        into read: inout CheckedRead<Sink>
    ) async throws {
        // A page size of 0 would never advance; the API promises at least 1 (§4.2).
        var missing: [Int] = []
        for offset in stride(from: pageSize, to: total, by: max(1, pageSize)) {
            if let contacts = have[offset] { read.take(contacts, at: offset) } else { missing.append(offset) }
        }
        try await pages(campaign, at: missing) { read.take($1, at: $0) }
    }

    /// Fetches the pages at `offsets` concurrently, handing each over as it arrives.
    func pages(
        _ campaign: String, at offsets: some Sequence<Int>, _ take: (Int, [LiveContact]) -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, [LiveContact]).self) { group in
            for offset in offsets {
                group.addTask { (offset, try await self.contactPage(campaign, offset: offset).contacts) }
            }
            for try await (offset, contacts) in group { take(offset, contacts) }
        }
    }

    /// One page of contacts at `offset`, read by `ContactPageReader` from the answer's bytes.
    func contactPage(_ campaign: String, offset: Int) async throws -> LiveContactPage {
        let operationID = "listContacts"
        let path =
            "/campaign/campaigns/\(campaign.pathSegment)/contacts?limit=\(Contract.pageLimits.upperBound)&offset=\(offset)"
        let bytes = try await getBytes(path, operationID: operationID)
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(ContactPageProblem) in
                try ContactPageReader.read(buffer)
            }
        } catch {
            throw unreadable(path, operationID, status: 200, error.description)
        }
    }
}

/// A sink that keeps every contact, in the API's order.
struct AllContacts: LiveContactSink {
    private var pages: [Int: [LiveContact]] = [:]
    private(set) var contacts: [LiveContact] = []

    mutating func take(_ contacts: [LiveContact], at position: Int) { pages[position] = contacts }

    mutating func finish() {
        contacts = pages.keys.sorted().flatMap { pages[$0] ?? [] }
        pages = [:]
    }
}

/// A sink wrapped with what checks the read: how many came and that no id came twice.
struct CheckedRead<Sink: LiveContactSink> {
    var sink: Sink
    private var count = 0
    private var ids = ContactIDSet()

    init(sink: Sink, expecting total: Int = 0) {
        self.sink = sink
        ids.reserve(total)
    }

    mutating func take(_ contacts: [LiveContact], at position: Int) {
        count += contacts.count
        // By index, so that no contact is copied out only to read its id.
        for index in contacts.indices { ids.insert(contacts[index].id) }
        sink.take(contacts, at: position)
    }

    mutating func inconsistency(total: Int) -> String? {
        if count != total { return "read \(count) contacts where the API announced \(total)" }
        return ids.repeated().map { "contact \($0) came back twice" }
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
