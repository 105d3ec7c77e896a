import AnyreachModel

extension ContactState {
    /// `Fingerprint.of(json)` as a number, written field by field with no `JSONValue` built for
    /// the contact: both sides of every contact comparison are fingerprinted, millions of them.
    /// The keys go in the sorted order the canonical form has (a test holds it to `json`'s).
    var fingerprint: UInt64 {
        var hash = FNV1a()
        hash.append(utf8: "{\"agent_config\":")
        (agentConfig ?? .null).writeCanonical(to: &hash)
        hash.append(utf8: ",\"agent_id\":")
        Self.write(agentID, to: &hash)
        hash.append(utf8: ",\"agent_number\":")
        Self.write(agentNumber, to: &hash)
        hash.append(utf8: ",\"agent_version\":")
        hash.append(utf8: agentVersion.map { String($0) } ?? "null")
        hash.append(utf8: ",\"data\":")
        data.writeCanonical(to: &hash)
        hash.append(utf8: ",\"initial_context\":")
        Self.write(initialContext, to: &hash)
        hash.append(utf8: ",\"phone_numbers\":[")
        for (index, number) in phoneNumbers.enumerated() {
            if index > 0 { hash.append(UInt8(ascii: ",")) }
            JSONValue.writeString(number, to: &hash)
        }
        hash.append(utf8: "],\"scheduled_at\":")
        Self.write(scheduledAt, to: &hash)
        hash.append(utf8: ",\"timezone\":")
        Self.write(timezone, to: &hash)
        hash.append(UInt8(ascii: "}"))
        return hash.value
    }

    private static func write(_ text: String?, to hash: inout FNV1a) {
        guard let text else { return hash.append(utf8: "null") }
        JSONValue.writeString(text, to: &hash)
    }
}
