import AnyreachAPI
import AnyreachModel

/// The fields of one contact object of a page, read in whatever order they come.
struct ContactFields {
    /// Its index on the page, for errors.
    let index: Int
    private var id: String?
    private var externalID: String?
    private var status: LiveContact.Status?
    private var phoneNumbers: [String]?
    /// Whether `data` came (it is set on `state` as it is read).
    private var data = false
    private var state = ContactState(phoneNumbers: [])
    /// Required fields the generated type would refuse to go without, beyond those above.
    private var attempts = false
    private var created = false
    private var updated = false

    init(index: Int) {
        self.index = index
    }

    /// Reads the contact; `zones` shares time zone names across the page.
    mutating func read(_ scanner: inout JSONByteScanner, zones: inout SharedStrings) throws {
        try TypedField(name: "contacts", item: index).open(UInt8(ascii: "{"), &scanner)
        var first = true
        while try scanner.nextMember(&first, closer: UInt8(ascii: "}")) {
            let key = try scanner.key()
            try value(of: key, &scanner, zones: &zones)
        }
    }

    // One branch per field of §4.1: a flat dispatch reads clearest.
    // swiftlint:disable:next cyclomatic_complexity
    private mutating func value(
        of key: JSONByteScanner.RawString, _ scanner: inout JSONByteScanner, zones: inout SharedStrings
    ) throws {
        func field(_ name: String) -> TypedField { TypedField(contact: index, name: name) }
        switch key.end - key.start {
        case 2 where scanner.matches(key, "id"): id = try field("id").string(&scanner)
        case 4 where scanner.matches(key, "data"):
            // Flat data (as the API writes it) is copied as canonical text; anything else is read whole.
            if let text = scanner.flatObjectCanonicalText() {
                state.setData(canonicalText: text)
            } else {
                state.data = try field("data").object(&scanner)
            }
            data = true
        case 6 where scanner.matches(key, "status"): status = try contactStatus(&scanner)
        case 8 where scanner.matches(key, "agent_id"): state.agentID = try field("agent_id").nullableString(&scanner)
        case 8 where scanner.matches(key, "timezone"):
            state.timezone = try field("timezone").nullableString(&scanner, sharing: &zones)
        case 8 where scanner.matches(key, "attempts"):
            try AttemptCheck(contact: index).check(&scanner)
            attempts = true
        case 10 where scanner.matches(key, "created_at"):
            try field("created_at").checkTimestamp(&scanner)
            created = true
        case 10 where scanner.matches(key, "updated_at"):
            try field("updated_at").checkTimestamp(&scanner)
            updated = true
        case 11 where scanner.matches(key, "external_id"):
            externalID = try field("external_id").nullableString(&scanner)
        case 11 where scanner.matches(key, "campaign_id"): try field("campaign_id").checkNullableString(&scanner)
        case 12 where scanner.matches(key, "scheduled_at"):
            state.scheduledAt = try field("scheduled_at").nullableTimestamp(&scanner)
        case 12 where scanner.matches(key, "agent_number"):
            state.agentNumber = try field("agent_number").nullableString(&scanner)
        case 12 where scanner.matches(key, "agent_config"):
            state.agentConfig = try field("agent_config").nullableObject(&scanner)
        case 13 where scanner.matches(key, "phone_numbers"): phoneNumbers = try field("phone_numbers").strings(&scanner)
        case 13 where scanner.matches(key, "agent_version"):
            state.agentVersion = try field("agent_version").nullableInteger(&scanner)
        case 15 where scanner.matches(key, "initial_context"):
            state.initialContext = try field("initial_context").nullableString(&scanner)
        default: try scanner.skipValue()
        }
    }

    /// The status, matched on its bytes: no text is built for a word of a handful.
    private func contactStatus(_ scanner: inout JSONByteScanner) throws -> LiveContact.Status {
        let field = TypedField(contact: index, name: "status")
        let raw = try field.rawString(&scanner)
        if let bytes = scanner.bytes(of: raw),
            let status = Self.statuses.first(where: { $0.name.elementsEqual(bytes) })?.status
        {
            return status
        }
        // Escaped (`"pend\u0069ng"`, which no API writes but JSON allows): read as text.
        guard let status = LiveContact.Status(rawValue: try scanner.decode(raw)) else {
            throw ContactPageProblem.unexpectedValue(field.path)
        }
        return status
    }

    private static let statuses = LiveContact.Status.allCases.map { (name: Array($0.rawValue.utf8), status: $0) }

    /// The contact, once every required field came; consuming, so its state moves rather than
    /// being copied (a retain and release of everything it holds).
    consuming func contact() throws -> LiveContact {
        func missing(_ name: String) -> ContactPageProblem { .missing(TypedField(contact: index, name: name).path) }
        guard let id else { throw missing("id") }
        guard let phoneNumbers else { throw missing("phone_numbers") }
        guard data else { throw missing("data") }
        guard let status else { throw missing("status") }
        guard attempts else { throw missing("attempts") }
        guard created else { throw missing("created_at") }
        guard updated else { throw missing("updated_at") }
        var state = state
        state.phoneNumbers = phoneNumbers
        return LiveContact(id: id, externalID: externalID, status: status, state: state)
    }
}
