import PhoneNumbers
import Testing

/// Numbers written with "+" or "00": the default country code plays no part (§4.3).
@Suite struct InternationalNormalizationTests {
    @Test(
        "International numbers for several countries, whatever the default code",
        arguments: [
            ("+14155550123", "+14155550123"),
            ("+1 (415) 555-0123", "+14155550123"),
            ("+44 20 7946 0018", "+442079460018"),
            ("+39 06 6982 1234", "+390669821234"),
            ("+49 30 901820", "+4930901820"),
            ("+33 1 42 68 53 00", "+33142685300"),
            ("+81 3-1234-5678", "+81312345678"),
            ("+91 98765 43210", "+919876543210"),
            ("+61 2 9374 4000", "+61293744000"),
            ("+55 11 91234-5678", "+5511912345678"),
            ("+353 1 234 5678", "+35312345678"),
            ("+800 1234 5678", "+80012345678"),
            ("(+44) 20 7946 0018", "+442079460018"),
        ])
    func plus(raw: String, expected: String) throws {
        for defaultCode in ["+1", "+44", "+39"] {
            let callingCode = try #require(CallingCode(defaultCode))
            #expect(try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: callingCode).e164 == expected)
        }
    }

    @Test(
        "A leading 00 becomes +",
        arguments: [
            ("0044 20 7946 0018", "+442079460018"),
            ("00442079460018", "+442079460018"),
            ("00 1 415 555 0123", "+14155550123"),
            ("0039 06 6982 1234", "+390669821234"),
        ])
    func doubleZero(raw: String, expected: String) throws {
        #expect(try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica).e164 == expected)
        let uk = try #require(CallingCode("+44"))
        #expect(try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: uk).e164 == expected)
    }

    @Test(
        "wasRewritten says whether the E.164 form differs from the input",
        arguments: [
            ("+14155550123", false),
            ("+442079460018", false),
            ("+1 415 555 0123", true),
            ("4155550123", true),
            ("14155550123", true),
            ("0014155550123", true),
            (" +14155550123", true),
        ])
    func wasRewritten(raw: String, expected: Bool) throws {
        let number = try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        #expect(number.wasRewritten == expected)
        #expect(number.wasRewritten == (number.e164 != raw))
    }

    @Test(
        "Unknown calling codes are unparseable",
        arguments: [
            "+999 1234 5678", "+0 20 7946 0018", "+28 1234 5678", "00999 1234 5678", "+00442079460018",
        ])
    func unknownCallingCode(raw: String) {
        #expect(throws: PhoneNumberError(input: raw, reason: .unknownCallingCode)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        }
    }

    @Test(
        "Lengths that libphonenumber calls impossible for the code",
        arguments: [
            ("+44 12", "44", 2),
            ("+44 20 7946 00", "44", 8),
            ("+1 415 555 01234", "1", 11),
            ("+39 06", "39", 2),
            ("+800 123", "800", 3),
            ("+44", "44", 0),
        ])
    func impossibleLength(raw: String, callingCode: String, nationalDigits: Int) {
        let reason = PhoneNumberError.Reason.impossibleLength(callingCode: callingCode, nationalDigits: nationalDigits)
        #expect(throws: PhoneNumberError(input: raw, reason: reason)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        }
    }

    @Test(
        "More than 15 digits is too long",
        arguments: [
            ("+44", "+44 2079 4600 1812 34"),
            ("+1", "+1 415 555 0123 456 78"),
            ("+44", "0044 2079 4600 1812 34"),
            ("+49", "030 1234 5678 9012 34"),
        ])
    func tooLong(code: String, raw: String) throws {
        let callingCode = try #require(CallingCode(code))
        #expect(throws: PhoneNumberError(input: raw, reason: .tooLong)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: callingCode)
        }
    }
}
