import PhoneNumbers
import Testing

/// Ad-hoc contacts and agent_number must already be E.164: nothing is rewritten (§4.3).
@Suite struct ValidateE164Tests {
    @Test(
        "Canonical E.164 numbers are returned unchanged",
        arguments: [
            "+14155550123", "+442079460018", "+390669821234", "+80012345678", "+5511912345678",
        ])
    func accepted(raw: String) throws {
        #expect(try PhoneNumberNormalizer.validateE164(raw) == raw)
    }

    @Test(
        "Anything that would need rewriting is not E.164",
        arguments: [
            "4155550123", "14155550123", "+1 415 555 0123", "+1-415-555-0123", "+1(415)5550123",
            " +14155550123", "+14155550123 ", "0014155550123", "020 7946 0018",
        ])
    func notE164(raw: String) {
        #expect(throws: PhoneNumberError(input: raw, reason: .notE164)) {
            try PhoneNumberNormalizer.validateE164(raw)
        }
    }

    @Test(
        "E.164-shaped numbers still need a known code, a possible length and at most 15 digits",
        arguments: [
            ("+999123456789", PhoneNumberError.Reason.unknownCallingCode),
            ("+0442079460018", .unknownCallingCode),
            ("+4412", .impossibleLength(callingCode: "44", nationalDigits: 2)),
            ("+141555501234", .impossibleLength(callingCode: "1", nationalDigits: 11)),
            ("+4420794600181234", .tooLong),
            ("+14155550123x", .invalidCharacter("x")),
            ("+", .notE164),
        ])
    func rejected(raw: String, reason: PhoneNumberError.Reason) {
        #expect(throws: PhoneNumberError(input: raw, reason: reason)) {
            try PhoneNumberNormalizer.validateE164(raw)
        }
    }

    @Test(
        "validateE164 accepts exactly the numbers that normalize without rewriting",
        arguments: [
            "+14155550123", "+1 415 555 0123", "4155550123", "+4412", "+999123456789", "+442079460018",
        ])
    func agreesWithNormalize(raw: String) {
        let normalized = try? PhoneNumberNormalizer.normalize(raw, defaultCountryCode: .northAmerica)
        let validated = try? PhoneNumberNormalizer.validateE164(raw)
        #expect(validated == (normalized?.wasRewritten == false ? normalized?.e164 : nil))
    }
}
