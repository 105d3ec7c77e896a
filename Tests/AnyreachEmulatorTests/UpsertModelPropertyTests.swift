import AnyreachAPI
import AnyreachModel
import Foundation
import NIOHTTP1
import PropertyBased
import Testing

@testable import AnyreachEmulator

// A model-based property test of contact upserts and deletes (contract §4.2, §10 "Upsert matching"):
// seeded random sequences of operations run against the emulator over HTTP and against a small
// in-memory model of the contract; after every operation the answers must agree, and every few
// operations (and at the end) so must the whole contact listing.
//
// Generation uses PropertyBased's generators, run with a fixed Xoshiro seed so a run is
// repeatable (set UPSERT_MODEL_SEED to explore other sequences). Operations are drawn as plain
// numbers and resolved against the model when they run, so "the id of an existing contact" is
// always meaningful.

// MARK: - Draws: what the generators produce

/// One client-settable field of an item: left out, null, or the n-th sample.
private enum FieldDraw: Sendable, Hashable {
    case absent, null
    case value(Int)
}

private struct ItemDraw: Sendable {
    var key: Int
    var pick: Int
    var extra: Int
    var phones: Int
    var fields: [FieldDraw]
}

private enum OpDraw: Sendable {
    case upsert([ItemDraw])
    case delete(kind: Int, pick: Int)
    case get(kind: Int, pick: Int)
    case close
}

private enum Draws {
    static let field = Gen.int(in: 0...99).map { n -> FieldDraw in
        n < 55 ? .absent : n < 65 ? .null : .value(n)
    }

    static let item = zip(
        Gen.int(in: 0...99), Gen.int(in: 0...999), Gen.int(in: 0...999), Gen.int(in: 0...999), field.array(of: 8)
    )
    .map { draw in ItemDraw(key: draw.0, pick: draw.1, extra: draw.2, phones: draw.3, fields: draw.4) }

    static let reference = zip(Gen.int(in: 0...99), Gen.int(in: 0...999))

    static let op = Gen<OpDraw>.frequency(
        (weight: 70.0, gen: item.array(of: 1...4).map { OpDraw.upsert($0) }),
        (weight: 15.0, gen: reference.map { OpDraw.delete(kind: $0, pick: $1) }),
        (weight: 12.0, gen: reference.map { OpDraw.get(kind: $0, pick: $1) }),
        (weight: 0.7, gen: Gen.always(OpDraw.close))
    )

    static let sequence = op.array(of: UpsertModelPropertyTests.opsPerSequence)
}

// MARK: - Samples

private enum Samples {
    static let externalIDs = (0..<12).map { "lead-\($0)" }
    /// Numbers as sent, and their E.164 form under the default country code +1.
    static let phones: [(raw: String, e164: String)] = [
        ("+14155550100", "+14155550100"),
        ("(415) 555-0101", "+14155550101"),
        ("415.555.0102", "+14155550102"),
        ("1 415 555 0103", "+14155550103"),
        ("0014155550104", "+14155550104"),
        ("+44 20 7946 0958", "+442079460958"),
        ("212/555/0199", "+12125550199"),
        ("+12125550100", "+12125550100"),
    ]
    static let invalidPhones = ["555-01", "call me", "+1415555010x", "+999 123", "4155550100123456"]
    static let data: [JSONValue] = [
        [:], ["k": 1], ["name": "Ann", "tags": ["a", "b"]], ["nested": ["x": true, "y": nil]],
        ["score": 2.5, "vip": false],
    ]
    static let timezones = ["America/Chicago", "Europe/London", "US/Eastern", "Asia/Tokyo"]
    /// `scheduled_at` as sent, and as stored (UTC).
    static let scheduledAt: [(raw: String, utc: String)] = [
        ("2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z"),
        ("2026-11-28T10:00:00+01:00", "2026-11-28T09:00:00Z"),
        ("2027-01-02T03:04:05-05:00", "2027-01-02T08:04:05Z"),
    ]
    static let agentIDs = ["agent-a", "agent-b", "agent-c"]
    static let agentVersions: [Int64] = [1, 7, 42]
    static let agentNumbers = ["+14155550199", "+442079460000"]
    static let agentConfigs: [JSONValue] = [["voice": "calm"], [:], ["speed": 1.5, "tools": ["sms"]]]
    static let initialContexts = ["Hello", "Follow up on the renewal", "Ünïcode ✓"]

    static func unknownID(_ pick: Int) -> String {
        "00000000-0000-4000-8000-" + String(pick).leftPadded(to: 12)
    }
}

// MARK: - Resolved items and the model

private enum Field<Value: Sendable>: Sendable {
    case absent, null
    case value(Value)

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    func applied(to current: Value?) -> Value? {
        switch self {
        case .absent: current
        case .null: nil
        case .value(let value): value
        }
    }
}

/// An upsert item with concrete values.
private struct Item: Sendable, CustomStringConvertible {
    var id: String?
    var externalID: Field<String> = .absent
    /// Numbers as sent; `invalid` marks a request that must be refused whole.
    var phones: Field<[(raw: String, e164: String?)]> = .absent
    var data: Field<JSONValue> = .absent
    var timezone: Field<String> = .absent
    var scheduledAt: Field<(raw: String, utc: String)> = .absent
    var agentID: Field<String> = .absent
    var agentVersion: Field<Int64> = .absent
    var agentNumber: Field<String> = .absent
    var agentConfig: Field<JSONValue> = .absent
    var initialContext: Field<String> = .absent

    var hasInvalidPhone: Bool {
        if case .value(let numbers) = phones { return numbers.contains { $0.e164 == nil } }
        return false
    }

    var rewrites: Int {
        guard case .value(let numbers) = phones else { return 0 }
        return numbers.filter { $0.e164 != nil && $0.e164 != $0.raw }.count
    }

    var json: JSONValue {
        var object: [String: JSONValue] = [:]
        func put<T>(_ key: String, _ field: Field<T>, _ encode: (T) -> JSONValue) {
            switch field {
            case .absent: break
            case .null: object[key] = .null
            case .value(let value): object[key] = encode(value)
            }
        }
        if let id { object["id"] = .string(id) }
        put("external_id", externalID) { .string($0) }
        put("phone_numbers", phones) { .array($0.map { .string($0.raw) }) }
        put("data", data) { $0 }
        put("timezone", timezone) { .string($0) }
        put("scheduled_at", scheduledAt) { .string($0.raw) }
        put("agent_id", agentID) { .string($0) }
        put("agent_version", agentVersion) { .int($0) }
        put("agent_number", agentNumber) { .string($0) }
        put("agent_config", agentConfig) { $0 }
        put("initial_context", initialContext) { .string($0) }
        return .object(object)
    }

    var description: String { json.compactString() }
}

private struct ModelContact: Equatable, Sendable {
    var id: String
    var externalID: String?
    var phones: [String]
    var data: JSONValue = .object([:])
    var timezone: String?
    var scheduledAt: String?
    var agentID: String?
    var agentVersion: Int64?
    var agentNumber: String?
    var agentConfig: JSONValue?
    var initialContext: String?

    /// Applies an item's fields (§4.2: absent keeps, null clears, `data: null` stores `{}`).
    mutating func apply(_ item: Item) {
        externalID = item.externalID.applied(to: externalID)
        if case .value(let numbers) = item.phones { phones = numbers.map { $0.e164! } }
        switch item.data {
        case .absent: break
        case .null: data = .object([:])
        case .value(let value): data = value
        }
        switch item.scheduledAt {
        case .absent: break
        case .null: scheduledAt = nil
        case .value(let value): scheduledAt = value.utc
        }
        timezone = item.timezone.applied(to: timezone)
        agentID = item.agentID.applied(to: agentID)
        agentVersion = item.agentVersion.applied(to: agentVersion)
        agentNumber = item.agentNumber.applied(to: agentNumber)
        agentConfig = item.agentConfig.applied(to: agentConfig)
        initialContext = item.initialContext.applied(to: initialContext)
    }

    /// The contact as the listing must show it, timestamps left out.
    func wire(campaign: String) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            "id": .string(id), "external_id": text(externalID), "campaign_id": .string(campaign),
            "phone_numbers": .array(phones.map(JSONValue.string)), "data": data, "timezone": text(timezone),
            "scheduled_at": text(scheduledAt), "agent_id": text(agentID),
            "agent_version": agentVersion.map(JSONValue.int) ?? .null,
            "agent_number": text(agentNumber), "agent_config": agentConfig ?? .null,
            "initial_context": text(initialContext),
            "status": "pending", "attempts": [],
        ])
    }
}

/// What the contract says an upsert answers.
private enum UpsertExpectation {
    case refused(Int)
    case applied(inserted: Int, updated: Int, results: [ItemOutcome])
}

private enum ItemOutcome: Equatable {
    case inserted
    case updated(String)
    case failed(externalID: String?)
}

private struct Model {
    var contacts: [ModelContact] = []
    var closed = false

    func index(id: String) -> Int? {
        contacts.firstIndex { $0.id == id.lowercased() }
    }

    func index(externalID: String) -> Int? {
        contacts.firstIndex { $0.externalID == externalID }
    }

    /// A contact route's `{contact_id}`: UUID-shaped tries the id first, then external_id (§10).
    func resolve(_ reference: String) -> Int? {
        if UUIDShape.matches(reference), let found = index(id: reference) { return found }
        return index(externalID: reference)
    }

    /// Runs an upsert on a copy: the expected answer, and the model after it (inserted contacts
    /// get placeholder ids, replaced by the answer's `contact_ids`).
    func upsert(_ items: [Item]) -> (UpsertExpectation, Model) {
        // Request-wide validation: unparseable numbers, repeated external_id or id (§4.2, §10).
        if items.contains(where: \.hasInvalidPhone) { return (.refused(422), self) }
        var externalIDs = Set<String>()
        var ids = Set<String>()
        for item in items {
            if case .value(let externalID) = item.externalID, !externalIDs.insert(externalID).inserted {
                return (.refused(422), self)
            }
            if let id = item.id, !ids.insert(id.lowercased()).inserted { return (.refused(422), self) }
        }
        var after = self
        var inserted = 0
        var updated = 0
        var results: [ItemOutcome] = []
        for (position, item) in items.enumerated() {
            var target: Int?
            if let id = item.id {
                guard let found = after.index(id: id) else {
                    results.append(.failed(externalID: item.externalID.applied(to: nil)))
                    continue
                }
                target = found
            } else if case .value(let externalID) = item.externalID {
                target = after.index(externalID: externalID)
            }
            if let target {
                if item.phones.isNull { return (.refused(422), self) }
                if case .value(let newExternalID) = item.externalID, newExternalID != after.contacts[target].externalID,
                    after.index(externalID: newExternalID) != nil
                {
                    results.append(.failed(externalID: newExternalID))
                    continue
                }
                after.contacts[target].apply(item)
                updated += 1
                results.append(.updated(after.contacts[target].id))
            } else {
                guard case .value = item.phones else { return (.refused(422), self) }
                var contact = ModelContact(id: "new-\(position)", phones: [])
                contact.apply(item)
                after.contacts.append(contact)
                inserted += 1
                results.append(.inserted)
            }
        }
        // 422 outranks 400 (§10): a closed campaign refuses only otherwise valid requests.
        if closed { return (.refused(400), self) }
        return (.applied(inserted: inserted, updated: updated, results: results), after)
    }
}

// MARK: - The test

private struct Mismatch: Error, CustomStringConvertible {
    var description: String
}

@Suite struct UpsertModelPropertyTests {
    static let sequences = 200
    static let opsPerSequence = 30
    /// The listing is compared after every this many operations, and at the end.
    static let listingEvery = 10
    static let parallelSequences = 4

    @Test func upsertsAndDeletesAgreeWithTheContractModel() async throws {
        let seed =
            ProcessInfo.processInfo.environment["UPSERT_MODEL_SEED"].flatMap(UInt64.init) ?? 0x5EED_2026_0C0F_FEE5
        var rng = Xoshiro(seed: (seed, seed ^ 0x9E37_79B9_7F4A_7C15, seed &* 31, ~seed))
        let sequences = (0..<Self.sequences).map { _ in Draws.sequence.run(using: &rng) }

        try await EmulatorHarness.with { api in
            let configuration = try await api.createConfiguration()
            var failures: [String] = []
            var stats = RunStats()
            try await withThrowingTaskGroup(of: (Int, Result<RunStats, Mismatch>).self) { group in
                var next = 0
                func launch() {
                    guard next < sequences.count else { return }
                    let number = next
                    let ops = sequences[number]
                    next += 1
                    group.addTask {
                        do {
                            return (
                                number,
                                .success(
                                    try await Self.run(ops, number: number, configuration: configuration, api: api))
                            )
                        } catch let mismatch as Mismatch {
                            return (number, .failure(mismatch))
                        }
                    }
                }
                for _ in 0..<Self.parallelSequences { launch() }
                while let (number, result) = try await group.next() {
                    switch result {
                    case .success(let counted): stats.add(counted)
                    case .failure(let mismatch): failures.append("sequence \(number) (seed \(seed)): \(mismatch)")
                    }
                    launch()
                }
            }
            for failure in failures.prefix(5) { Issue.record("\(failure)") }
            #expect(failures.count == 0, "sequences that disagreed with the model, of \(sequences.count)")
            // The generator must actually reach the interesting cases.
            #expect(stats.inserted > 1000 && stats.updated > 500)
            #expect(stats.refused422 > 50 && stats.failedItems > 20 && stats.refused400 > 5)
            #expect(stats.deleted > 100 && stats.notFound > 50)
        }
    }

    struct RunStats {
        var inserted = 0, updated = 0, failedItems = 0, refused422 = 0, refused400 = 0, deleted = 0, notFound = 0

        mutating func add(_ other: RunStats) {
            inserted += other.inserted
            updated += other.updated
            failedItems += other.failedItems
            refused422 += other.refused422
            refused400 += other.refused400
            deleted += other.deleted
            notFound += other.notFound
        }
    }

    /// Runs one sequence on a campaign of its own; throws the first disagreement.
    private static func run(_ ops: [OpDraw], number: Int, configuration: String, api: EmulatorHarness) async throws
        -> RunStats
    {
        let campaign = try await api.createCampaign(externalID: "model-\(number)", configurationID: configuration)
        let base = "/campaign/campaigns/\(campaign)/contacts"
        var model = Model()
        var createdAt: [String: JSONValue] = [:]
        var stats = RunStats()
        var history: [String] = []

        func fail(_ message: String) -> Mismatch {
            Mismatch(description: "\(message)\n  after:\n    " + history.suffix(8).joined(separator: "\n    "))
        }

        func checkListing() async throws {
            var seen: [JSONValue] = []
            var offset = 0
            while true {
                let page = try await api.get("\(base)?limit=200&offset=\(offset)")
                guard page.status == 200, case .array(let contacts)? = page["contacts"],
                    case .int(let total)? = page["total"]
                else {
                    throw fail("listing answered \(page.status): \(page.text)")
                }
                if total != model.contacts.count {
                    throw fail("listing total \(total), model has \(model.contacts.count)")
                }
                seen += contacts
                offset += contacts.count
                if contacts.isEmpty || offset >= Int(total) { break }
            }
            if seen.count != model.contacts.count {
                throw fail("listing has \(seen.count) contacts, model \(model.contacts.count)")
            }
            for (actual, expected) in zip(seen, model.contacts) {
                try compare(actual, expected)
            }
        }

        func compare(_ actual: JSONValue, _ expected: ModelContact) throws {
            guard var object = actual.objectValue else { throw fail("contact is not an object: \(actual)") }
            let created = object.removeValue(forKey: "created_at")
            let updated = object.removeValue(forKey: "updated_at")
            guard created?.stringValue != nil, updated?.stringValue != nil else {
                throw fail("contact without timestamps: \(actual)")
            }
            let wanted = expected.wire(campaign: campaign)
            if .object(object) != wanted {
                throw fail(
                    "contact differs:\n    emulator: \(JSONValue.object(object).compactString())\n    model:    \(wanted.compactString())"
                )
            }
            if let first = createdAt[expected.id], first != created {
                throw fail("created_at of \(expected.id) moved from \(first) to \(created!)")
            }
            createdAt[expected.id] = created
        }

        for (step, op) in ops.enumerated() {
            switch op {
            case .upsert(let draws):
                let items = draws.map { resolve($0, model: model) }
                history.append("\(step): upsert \(items)")
                let response = try await api.post(base, ["contacts": .array(items.map(\.json))])
                let (expectation, after) = model.upsert(items)
                switch expectation {
                case .refused(let status):
                    if response.status != status {
                        throw fail("upsert answered \(response.status), model says \(status): \(response.text)")
                    }
                    if status == 422 { stats.refused422 += 1 } else { stats.refused400 += 1 }
                case .applied(let inserted, let updated, let results):
                    guard response.status == 200 else {
                        throw fail("upsert answered \(response.status), model says 200: \(response.text)")
                    }
                    if response["inserted"] != .int(Int64(inserted)) || response["updated"] != .int(Int64(updated)) {
                        throw fail(
                            "upsert counted inserted \(response["inserted"] ?? .null), updated \(response["updated"] ?? .null); model \(inserted), \(updated)"
                        )
                    }
                    model = try adopt(after, results: results, response: response, items: items, fail: fail)
                    stats.inserted += inserted
                    stats.updated += updated
                    stats.failedItems += results.filter { if case .failed = $0 { true } else { false } }.count
                }
            case .delete(let kind, let pick):
                let reference = contactReference(kind: kind, pick: pick, model: model)
                history.append("\(step): delete \(reference)")
                let response = try await api.delete("\(base)/\(reference)")
                if let found = model.resolve(reference) {
                    if response.status != 204 {
                        throw fail(
                            "delete of \(reference) answered \(response.status), model says 204: \(response.text)")
                    }
                    model.contacts.remove(at: found)
                    stats.deleted += 1
                } else {
                    if response.status != 404 {
                        throw fail(
                            "delete of \(reference) answered \(response.status), model says 404: \(response.text)")
                    }
                    stats.notFound += 1
                }
            case .get(let kind, let pick):
                let reference = contactReference(kind: kind, pick: pick, model: model)
                history.append("\(step): get \(reference)")
                let response = try await api.get("\(base)/\(reference)")
                if let found = model.resolve(reference) {
                    if response.status != 200 {
                        throw fail("get of \(reference) answered \(response.status), model says 200: \(response.text)")
                    }
                    try compare(response.json ?? .null, model.contacts[found])
                } else if response.status != 404 {
                    throw fail("get of \(reference) answered \(response.status), model says 404: \(response.text)")
                }
            case .close:
                history.append("\(step): close")
                let response = try await api.post("/campaign/campaigns/\(campaign)/close", [:])
                let wanted = model.closed ? 400 : 200
                if response.status != wanted {
                    throw fail("close answered \(response.status), model says \(wanted): \(response.text)")
                }
                model.closed = true
            }
            if (step + 1) % listingEvery == 0 || step == ops.count - 1 { try await checkListing() }
        }
        return stats
    }

    /// Checks an applied upsert's `contact_ids`, `failed` and `warnings` and gives the model the new ids.
    private static func adopt(
        _ after: Model, results: [ItemOutcome], response: APIResponse, items: [Item],
        fail: (String) -> Mismatch
    ) throws -> Model {
        guard case .array(let ids)? = response["contact_ids"], ids.count == results.count,
            case .array(let failed)? = response["failed"], case .array(let warnings)? = response["warnings"]
        else {
            throw fail("upsert answer is missing contact_ids, failed or warnings: \(response.text)")
        }
        var model = after
        var failedIndices: [Int] = []
        var known = Set(after.contacts.map(\.id))
        for (index, result) in results.enumerated() {
            switch result {
            case .inserted:
                guard let id = ids[index].stringValue, UUIDShape.matches(id), !known.contains(id) else {
                    throw fail("item \(index) was inserted but its contact_id is \(ids[index])")
                }
                known.insert(id)
                let placeholder = model.contacts.firstIndex { $0.id == "new-\(index)" }!
                model.contacts[placeholder].id = id
            case .updated(let id):
                if ids[index] != .string(id) {
                    throw fail("item \(index) updated \(id) but its contact_id is \(ids[index])")
                }
            case .failed(let externalID):
                if ids[index] != .null { throw fail("item \(index) failed but its contact_id is \(ids[index])") }
                failedIndices.append(index)
                let entry = failed.first { $0.objectValue?["index"] == .int(Int64(index)) }?.objectValue
                guard let entry, entry["external_id"] == (externalID.map(JSONValue.string) ?? .null),
                    entry["detail"]?.stringValue != nil
                else {
                    throw fail(
                        "item \(index) failed (external_id \(externalID ?? "null")) but `failed` is \(JSONValue.array(failed).compactString())"
                    )
                }
            }
        }
        if failed.count != failedIndices.count {
            throw fail("`failed` has \(failed.count) entries, model \(failedIndices.count): \(response.text)")
        }
        // One warning per rewritten number of each applied item (a failed item's are not judged).
        for (index, item) in items.enumerated() where !failedIndices.contains(index) {
            let count = warnings.filter { $0.objectValue?["index"] == .int(Int64(index)) }.count
            if count != item.rewrites {
                throw fail("item \(index) rewrote \(item.rewrites) numbers but has \(count) warnings: \(response.text)")
            }
        }
        return model
    }

    // MARK: Resolving draws

    private static func resolve(_ draw: ItemDraw, model: Model) -> Item {
        var item = Item()
        let existing = model.contacts.isEmpty ? nil : model.contacts[draw.pick % model.contacts.count].id
        let poolID = Samples.externalIDs[draw.pick % Samples.externalIDs.count]
        let otherPoolID = Samples.externalIDs[draw.extra % Samples.externalIDs.count]
        switch draw.key {
        case ..<45: item.externalID = .value(poolID)
        case ..<52: break
        case ..<57: item.externalID = .null
        case ..<70: item.id = existing ?? Samples.unknownID(draw.pick)
        case ..<80:
            item.id = existing ?? Samples.unknownID(draw.pick)
            item.externalID = .value(otherPoolID)
        case ..<84:
            item.id = existing ?? Samples.unknownID(draw.pick)
            item.externalID = .null
        case ..<88: item.id = (existing ?? Samples.unknownID(draw.pick)).uppercased()
        case ..<94:
            item.id = Samples.unknownID(draw.pick)
            if draw.extra % 2 == 0 { item.externalID = .value(otherPoolID) }
        default: item.externalID = .value(poolID)
        }
        switch draw.phones {
        case ..<80: item.phones = .absent
        case ..<110: item.phones = .null
        default:
            var numbers: [(raw: String, e164: String?)] = (0...(draw.phones % 3)).map { k in
                let sample = Samples.phones[(draw.phones / 3 + k * 5) % Samples.phones.count]
                return (sample.raw, sample.e164)
            }
            if draw.phones >= 985 {
                numbers[numbers.count - 1] = (Samples.invalidPhones[draw.phones % Samples.invalidPhones.count], nil)
            }
            item.phones = .value(numbers)
        }
        func field<T>(_ index: Int, _ pool: [T]) -> Field<T> {
            switch draw.fields[index] {
            case .absent: .absent
            case .null: .null
            case .value(let n): .value(pool[n % pool.count])
            }
        }
        item.data = field(0, Samples.data)
        item.timezone = field(1, Samples.timezones)
        item.scheduledAt = field(2, Samples.scheduledAt)
        item.agentID = field(3, Samples.agentIDs)
        item.agentVersion = field(4, Samples.agentVersions)
        item.agentNumber = field(5, Samples.agentNumbers)
        item.agentConfig = field(6, Samples.agentConfigs)
        item.initialContext = field(7, Samples.initialContexts)
        return item
    }

    private static func contactReference(kind: Int, pick: Int, model: Model) -> String {
        switch kind {
        case ..<50: return Samples.externalIDs[pick % Samples.externalIDs.count]
        case ..<85:
            guard !model.contacts.isEmpty else { return Samples.unknownID(pick) }
            let id = model.contacts[pick % model.contacts.count].id
            return pick % 5 == 0 ? id.uppercased() : id
        default: return Samples.unknownID(pick)
        }
    }
}
