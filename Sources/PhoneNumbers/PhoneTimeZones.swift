/// The IANA time zones a phone number may ring in, from libphonenumber's prefix metadata
/// (`PhoneTimeZones.generated.swift`, made by `scripts/generate-phone-timezones.py`).
///
/// A number's zones are those of the longest prefix of its digits in the table: one zone for
/// most geographic numbers (a US area code, a UK city), several for numbers that don't tell
/// (a mobile number in a country with several zones), none when libphonenumber knows nothing.
public enum PhoneTimeZones {
    /// The zones of an E.164 number (`+14155550123`), sorted; empty when unknown.
    ///
    /// The manifest checks ask this of every contact (100,000s a campaign), so the prefixes are
    /// integers built digit by digit rather than Strings made and hashed for each length.
    public static func zones(ofE164 number: String) -> [String] {
        let digits = number.utf8.drop { $0 == UInt8(ascii: "+") }
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return [] }
        var key = 1
        var longest: [String] = []
        for digit in digits.prefix(PhoneTimeZoneMetadata.longestPrefix) {
            key = key * 10 + Int(digit - 0x30)
            if let zones = table[key] { longest = zones }
        }
        return longest
    }

    /// The table's key of a prefix: its digits after a leading 1, so that `1` and `01` differ.
    static func key(ofPrefix prefix: Substring) -> Int? {
        Int("1" + prefix)
    }

    /// Prefix (as `key(ofPrefix:)`) to zone names, read once from the generated text.
    private static let table: [Int: [String]] = {
        var table: [Int: [String]] = [:]
        for line in PhoneTimeZoneMetadata.prefixes.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let prefix = fields.first, let key = key(ofPrefix: prefix) else { continue }
            table[key] = fields.dropFirst().compactMap { Int($0) }.map { PhoneTimeZoneMetadata.zones[$0] }.sorted()
        }
        return table
    }()
}
