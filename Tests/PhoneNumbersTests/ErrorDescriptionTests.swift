import PhoneNumbers
import Testing

/// Descriptions end up in 422 bodies and validator reports, so they must read as sentences.
@Suite struct ErrorDescriptionTests {
    @Test(
        "Each reason has a short sentence naming the input",
        arguments: [
            (PhoneNumberError.Reason.empty, "'' is empty: a phone number needs digits"),
            (.invalidCharacter("x"), "'' contains 'x' (U+0078), which a phone number can't contain"),
            (.tooLong, "'' is too long: E.164 allows at most 15 digits"),
            (.unknownCallingCode, "'' does not start with a known calling code"),
            (.wrongNationalLength, "'' is not a +1 national number: expected 10 digits, or 11 starting with 1"),
        ])
    func sentences(reason: PhoneNumberError.Reason, expected: String) {
        #expect(PhoneNumberError(input: "", reason: reason).description == expected)
    }

    @Test("Impossible lengths list the possible ones")
    func impossibleLength() {
        let error = #expect(throws: PhoneNumberError.self) {
            try PhoneNumberNormalizer.normalize("+44 12", defaultCountryCode: .northAmerica)
        }
        let expected = "'+44 12' is not a possible number length for +44 (2 national digits; possible: 7, 9, 10)"
        #expect(error?.description == expected)
    }

    @Test("Invisible characters are named by code point")
    func invisibleCharacter() {
        let error = PhoneNumberError(input: "415\u{00A0}555", reason: .invalidCharacter("\u{00A0}"))
        #expect(error.description.contains("(U+00A0)"))
    }

    @Test("Long garbage inputs are cut short in the description")
    func longInput() {
        let error = PhoneNumberError(input: String(repeating: "9", count: 200), reason: .tooLong)
        #expect(error.description.count < 100)
        #expect(error.description.hasPrefix("'" + String(repeating: "9", count: 40) + "…'"))
    }
}
