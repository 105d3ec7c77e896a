import PhoneNumbers
import Testing

/// Calling codes as written in `default_country_code`, and the generated metadata behind them.
@Suite struct CallingCodeTests {
    @Test(
        "Codes parse from + and digits",
        arguments: [
            ("+1", "1"), ("+44", "44"), ("+39", "39"), ("+7", "7"), ("+353", "353"), ("+800", "800"), ("+979", "979"),
        ])
    func parses(text: String, digits: String) throws {
        let code = try #require(CallingCode(text))
        #expect(code.digits == digits)
        #expect(code.text == text)
    }

    @Test(
        "Anything else is not a calling code",
        arguments: [
            "44", "+", "", "+999", "+0", "+044", "+4444", " +44", "+44 ", "+4a", "++44", "+28", "＋44",
        ])
    func rejects(text: String) {
        #expect(CallingCode(text) == nil)
    }

    @Test("northAmerica is +1")
    func northAmerica() {
        #expect(CallingCode.northAmerica.text == "+1")
        #expect(CallingCode.northAmerica == CallingCode("+1"))
    }

    @Test("The generated table covers every calling code libphonenumber knows")
    func tableSize() {
        let all = CallingCode.all
        #expect(all.count > 200)
        #expect(all.first?.text == "+1")
        #expect(all.map(\.digits).count == Set(all.map(\.digits)).count)
    }

    @Test(
        "Known entries of the generated table",
        arguments: [
            ("+1", [7, 10], "1" as String?),
            ("+44", [7, 9, 10], "0"),
            ("+39", [6, 7, 8, 9, 10, 11, 12], nil),
            ("+33", [9], "0"),
            ("+36", [8, 9], "06"),
            ("+7", [10, 14], "8"),
            ("+800", [8], nil),
        ])
    func knownEntries(text: String, lengths: [Int], trunkPrefix: String?) throws {
        let code = try #require(CallingCode(text))
        #expect(code.possibleNationalLengths == lengths)
        #expect(code.trunkPrefix == trunkPrefix)
    }

    @Test(
        "Non-geographic codes are in the table",
        arguments: [
            "+800", "+808", "+870", "+881", "+882", "+883", "+888", "+979",
        ])
    func nonGeographic(text: String) {
        #expect(CallingCode(text) != nil)
    }
}
