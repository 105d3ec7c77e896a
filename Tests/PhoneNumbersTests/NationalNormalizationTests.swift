import PhoneNumbers
import Testing

/// National numbers: normalized with the campaign's default country code (§4.3).
@Suite struct NationalNormalizationTests {
    @Test(
        "+1 national numbers: ten digits, or eleven with the leading 1, any formatting",
        arguments: [
            ("4155550123", "+14155550123"),
            ("14155550123", "+14155550123"),
            ("(415) 555-0123", "+14155550123"),
            ("415.555.0123", "+14155550123"),
            ("415/555/0123", "+14155550123"),
            ("415-555-0123", "+14155550123"),
            ("1 (415) 555-0123", "+14155550123"),
            ("1-415-555-0123", "+14155550123"),
            (" 415 555 0123 ", "+14155550123"),
        ])
    func northAmerica(raw: String, expected: String) throws {
        let number = try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        #expect(number.e164 == expected)
        #expect(number.wasRewritten)
    }

    @Test(
        "Other codes: the trunk prefix is dropped once where the country has one",
        arguments: [
            ("+44", "020 7946 0018", "+442079460018"),
            ("+44", "02079460018", "+442079460018"),
            ("+44", "2079460018", "+442079460018"),
            ("+44", "07700 900123", "+447700900123"),
            ("+49", "030 901820", "+4930901820"),
            ("+33", "01 42 68 53 00", "+33142685300"),
            ("+61", "(02) 9374 4000", "+61293744000"),
            ("+36", "06 1 234 5678", "+3612345678"),
            ("+7", "8 495 123-45-67", "+74951234567"),
        ])
    func trunkPrefixDropped(code: String, raw: String, expected: String) throws {
        let callingCode = try #require(CallingCode(code))
        #expect(try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: callingCode).e164 == expected)
    }

    @Test(
        "Countries without a trunk prefix keep a leading 0",
        arguments: [
            ("+39", "06 6982 1234", "+390669821234"),
            ("+39", "0669821234", "+390669821234"),
            ("+39", "347 123 4567", "+393471234567"),
            ("+34", "912 345 678", "+34912345678"),
        ])
    func noTrunkPrefix(code: String, raw: String, expected: String) throws {
        let callingCode = try #require(CallingCode(code))
        #expect(try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: callingCode).e164 == expected)
    }

    // A doubled "0" would read as the "00" international prefix, so use trunk prefixes that
    // aren't "0": dropping them twice would leave an impossible length.
    @Test(
        "The trunk prefix is dropped only once",
        arguments: [
            ("+7", "8 8495 123 456", "+78495123456"),
            ("+36", "06 06 123 456", "+3606123456"),
        ])
    func trunkPrefixDroppedOnce(code: String, raw: String, expected: String) throws {
        let callingCode = try #require(CallingCode(code))
        #expect(try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: callingCode).e164 == expected)
    }

    @Test(
        "+1 national numbers of any other length are rejected",
        arguments: [
            "555 0123", "415555012", "24155550123", "141555501234", "415555012345",
        ])
    func northAmericaWrongLength(raw: String) {
        #expect(throws: PhoneNumberError(input: raw, reason: .wrongNationalLength)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        }
    }

    @Test(
        "National numbers whose length is impossible for the default code",
        arguments: [
            ("+44", "020 7946 00", "44", 8),
            ("+44", "12", "44", 2),
            ("+44", "0", "44", 0),
            ("+33", "01 42 68 53 0", "33", 8),
            ("+39", "12345", "39", 5),
        ])
    func impossibleNationalLength(code: String, raw: String, reported: String, nationalDigits: Int) throws {
        let callingCode = try #require(CallingCode(code))
        let reason = PhoneNumberError.Reason.impossibleLength(callingCode: reported, nationalDigits: nationalDigits)
        #expect(throws: PhoneNumberError(input: raw, reason: reason)) {
            try PhoneNumberNormalizer.normalize(raw, defaultCountryCode: callingCode)
        }
    }
}
