/// The IANA time zones a phone number may ring in, from libphonenumber's prefix metadata
/// (`PhoneTimeZones.generated.swift`, made by `scripts/generate-phone-timezones.py`).
///
/// A number's zones are those of the longest prefix of its digits in the table: one zone for
/// most geographic numbers (a US area code, a UK city), several for numbers that don't tell
/// (a mobile number in a country with several zones), none when libphonenumber knows nothing.
public enum PhoneTimeZones {
    /// The zones of an E.164 number (`+14155550123`), sorted; empty when unknown.
    public static func zones(ofE164 number: String) -> [String] {
        let digits = number.utf8.drop { $0 == UInt8(ascii: "+") }
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return [] }
        let text = String(decoding: digits, as: UTF8.self)
        for length in stride(from: min(text.utf8.count, PhoneTimeZoneMetadata.longestPrefix), through: 1, by: -1) {
            if let zones = table[String(text.utf8.prefix(length))!] { return zones }
        }
        return []
    }

    /// Prefix to zone names, read once from the generated text.
    private static let table: [String: [String]] = {
        var table: [String: [String]] = [:]
        for line in PhoneTimeZoneMetadata.prefixes.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let prefix = fields.first else { continue }
            table[String(prefix)] = fields.dropFirst().compactMap { Int($0) }.map { PhoneTimeZoneMetadata.zones[$0] }
                .sorted()
        }
        return table
    }()
}
