import AnyreachModel

/// Checks a contact's `attempts` as the generated `Attempt` type would read them, keeping
/// nothing: no plan reads attempts, but a page the contract doesn't describe is refused whole.
struct AttemptCheck {
    /// The contact's index on the page, for errors.
    let contact: Int

    func check(_ scanner: inout JSONByteScanner) throws {
        try TypedField(contact: contact, name: "attempts").open(UInt8(ascii: "["), &scanner)
        var first = true
        var index = 0
        while try scanner.nextMember(&first, closer: UInt8(ascii: "]")) {
            try attempt(index, &scanner)
            index += 1
        }
    }

    private func attempt(_ index: Int, _ scanner: inout JSONByteScanner) throws {
        func field(_ name: String) -> TypedField { TypedField(contact: contact, name: "attempts[\(index)].\(name)") }
        try TypedField(contact: contact, name: "attempts", item: index).open(UInt8(ascii: "{"), &scanner)
        var seen: Set<String> = []
        var first = true
        while try scanner.nextMember(&first, closer: UInt8(ascii: "}")) {
            let key = try scanner.key()
            switch key.end - key.start {
            case 2 where scanner.matches(key, "id"): _ = try field("id").string(&scanner)
            case 12 where scanner.matches(key, "phone_number"): _ = try field("phone_number").string(&scanner)
            case 15 where scanner.matches(key, "conversation_id"):
                _ = try field("conversation_id").nullableString(&scanner)
            case 7 where scanner.matches(key, "outcome"): _ = try field("outcome").nullableString(&scanner)
            case 10 where scanner.matches(key, "started_at"): try field("started_at").checkTimestamp(&scanner)
            case 8 where scanner.matches(key, "ended_at"):
                if try !scanner.takeNull() { try field("ended_at").checkTimestamp(&scanner) }
            default:
                try scanner.skipValue()
                continue
            }
            seen.insert(try scanner.decode(key))
        }
        for name in ["id", "phone_number", "started_at"] where !seen.contains(name) {
            throw ContactPageProblem.missing(field(name).path)
        }
    }
}
