/// `{"earliest": "08:00", "latest": "21:00"}`, as `policy.calling_hours` writes the band: how a
/// saved plan carries the band its schedule grids were drawn against.
extension CallingHours: Codable {
    enum CodingKeys: String, CodingKey {
        case earliest, latest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        earliest = try Self.minutes(container, .earliest)
        latest = try Self.minutes(container, .latest)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.text(earliest), forKey: .earliest)
        try container.encode(Self.text(latest), forKey: .latest)
    }

    /// `24:00` is the end of the day, which a band's `latest` may be.
    private static func minutes(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int {
        let text = try container.decode(String.self, forKey: key)
        if text == "24:00" { return 24 * 60 }
        guard let minutes = TimeWindowRules.minutes(of: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not HH:MM: \(text)")
        }
        return minutes
    }
}
