import PhoneNumbers
import Testing

/// Characters the contract neither keeps nor drops make a number unparseable (§4.3).
@Suite struct CharacterTests {
    @Test(
        "Letters and other characters are rejected, naming the first one",
        arguments: [
            ("415-555-CALL", "C" as Character),
            ("1-800-FLOWERS", "F"),
            ("+44 20 7946 0018 ext 12", "e"),
            ("415_555_0123", "_"),
            ("415\t555\t0123", "\t"),
            ("415\u{00A0}555\u{00A0}0123", "\u{00A0}"),
            ("+1 415 555 0123 +", "+"),
            ("1+4155550123", "+"),
            ("++14155550123", "+"),
            ("٤١٥٥٥٥٠١٢٣", "٤"),
            ("＋14155550123", "＋"),
            ("4155550123\u{301}", "3\u{301}"),
            ("#4155550123", "#"),
        ])
    func invalidCharacter(raw: String, character: Character) {
        #expect(throws: PhoneNumberError(input: raw, reason: .invalidCharacter(character))) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        }
    }

    @Test("Nothing but formatting is empty", arguments: ["", " ", "()", " - . / "])
    func empty(raw: String) {
        #expect(throws: PhoneNumberError(input: raw, reason: .empty)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        }
        #expect(throws: PhoneNumberError(input: raw, reason: .empty)) {
            try PhoneNumberNormalizer.validateE164(raw)
        }
    }

    @Test("An international prefix with no digits after it is not E.164", arguments: ["+", " + ", "00", "(00)"])
    func prefixWithoutDigits(raw: String) {
        #expect(throws: PhoneNumberError(input: raw, reason: .notE164)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        }
    }
}
