import AnyreachModel

extension ContactState {
    /// `Fingerprint.of(json)` as a number, written field by field with no `JSONValue` built for
    /// the contact: both sides of every contact comparison are fingerprinted, millions of them.
    /// The keys go in the sorted order the canonical form has (a test holds it to `json`'s).
    var fingerprint: UInt64 {
        var hash = FNV1a()
        hash.append(literal: "{\"agent_config\":")
        (agentConfig ?? .null).writeCanonical(to: &hash)
        hash.append(literal: ",\"agent_id\":")
        Self.write(agentID, to: &hash)
        hash.append(literal: ",\"agent_number\":")
        Self.write(agentNumber, to: &hash)
        hash.append(literal: ",\"agent_version\":")
        if let agentVersion { hash.append(utf8: String(agentVersion)) } else { hash.append(literal: "null") }
        hash.append(literal: ",\"data\":")
        hash.append(utf8: dataText)
        hash.append(literal: ",\"initial_context\":")
        Self.write(initialContext, to: &hash)
        hash.append(literal: ",\"phone_numbers\":[")
        for (index, number) in phoneNumbers.enumerated() {
            if index > 0 { hash.append(UInt8(ascii: ",")) }
            JSONValue.writeString(number, to: &hash)
        }
        hash.append(literal: "],\"scheduled_at\":")
        Self.write(scheduledAt, to: &hash)
        hash.append(literal: ",\"timezone\":")
        Self.write(timezone, to: &hash)
        hash.append(UInt8(ascii: "}"))
        return hash.value
    }

    private static func write(_ text: String?, to hash: inout FNV1a) {
        guard let text else { return hash.append(literal: "null" as StaticString) }
        JSONValue.writeString(text, to: &hash)
    }
}
