/// Phone-number normalization to E.164 exactly as §4.3 of the API contract specifies.
///
/// Shared by the emulator, which must answer 422 where the real API would, and by the offline
/// manifest validator, which must predict those answers: both go through these two functions.
public enum PhoneNumberNormalizer {
    /// E.164's cap on the digits after "+", calling code included.
    static let maximumDigits = 15

    /// Normalizes a number as the API does for a campaign whose configuration has `defaultCountryCode`.
    ///
    /// Drops spaces, dashes, dots, slashes and parentheses; reads a leading "+" or "00" as
    /// international; otherwise treats the number as national for `defaultCountryCode`. The
    /// result must be at most 15 digits with a national length that libphonenumber calls possible.
    public static func normalize(
        _ raw: String, defaultCountryCode: CallingCode
    ) throws(PhoneNumberError) -> NormalizedPhoneNumber {
        let dial = try DialString(scanning: raw)
        let digits = dial.digits[...]
        let e164: String
        if dial.hasPlus {
            e164 = try international(digits, raw: raw, rawIsE164: dial.isCompact)
        } else if digits.starts(with: "00".utf8) {
            e164 = try international(digits.dropFirst(2), raw: raw)
        } else {
            e164 = try national(digits, callingCode: defaultCountryCode, raw: raw)
        }
        // Byte comparison is exact here: a successful e164 is ASCII, so any difference is real.
        return NormalizedPhoneNumber(e164: e164, wasRewritten: !sameBytes(raw, e164))
    }

    /// Whether two strings are the same bytes, compared in their buffers (over the UTF-8 views,
    /// the comparison was a fifth of normalizing a number that is already E.164).
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        var (first, second) = (first, second)
        return first.withUTF8 { one in second.withUTF8 { other in one.elementsEqual(other) } }
    }

    /// Checks a number that must already be E.164 (ad-hoc contacts, agent_number): no rewriting at all.
    ///
    /// Accepts only "+", a known calling code and a possible national length, digits only, at
    /// most 15 of them; returns the input unchanged.
    public static func validateE164(_ raw: String) throws(PhoneNumberError) -> String {
        let dial = try DialString(scanning: raw)
        guard dial.hasPlus, dial.isCompact else { throw PhoneNumberError(input: raw, reason: .notE164) }
        return try international(dial.digits[...], raw: raw, rawIsE164: true)
    }

    /// The E.164 form of the ASCII digits after "+" or "00". A `raw` that is "+" and those
    /// digits and nothing else is its own E.164 form, returned as it is once checked: no new
    /// string for each of a million numbers written in E.164.
    private static func international(
        _ digits: ArraySlice<UInt8>, raw: String, rawIsE164: Bool = false
    ) throws(PhoneNumberError) -> String {
        guard !digits.isEmpty else { throw PhoneNumberError(input: raw, reason: .notE164) }
        guard digits.count <= maximumDigits else { throw PhoneNumberError(input: raw, reason: .tooLong) }
        guard let split = CallingCodeMetadata.splitCallingCode(digits) else {
            throw PhoneNumberError(input: raw, reason: .unknownCallingCode)
        }
        return try assemble(
            code: split.code, national: split.national, metadata: split.metadata, raw: raw, rawIsE164: rawIsE164)
    }

    /// The E.164 form of a national number under `callingCode`.
    private static func national(
        _ digits: ArraySlice<UInt8>, callingCode: CallingCode, raw: String
    ) throws(PhoneNumberError) -> String {
        let metadata = callingCode.metadata
        let national: ArraySlice<UInt8>
        if callingCode.digits == CallingCode.northAmerica.digits {
            // NANP numbers are written with the trunk "1" or without; the contract fixes the lengths.
            switch digits.count {
            case 10: national = digits
            case 11 where digits.first == UInt8(ascii: "1"): national = digits.dropFirst()
            default: throw PhoneNumberError(input: raw, reason: .wrongNationalLength)
            }
        } else if !metadata.trunkBytes.isEmpty, digits.starts(with: metadata.trunkBytes) {
            national = digits.dropFirst(metadata.trunkBytes.count)
        } else {
            national = digits
        }
        return try assemble(code: callingCode.digits.utf8, national: national, metadata: metadata, raw: raw)
    }

    /// Checks the total and national lengths, then writes "+", the code and the national number.
    private static func assemble(
        code: some Collection<UInt8>, national: ArraySlice<UInt8>, metadata: CallingCodeMetadata, raw: String,
        rawIsE164: Bool = false
    ) throws(PhoneNumberError) -> String {
        guard code.count + national.count <= maximumDigits else {
            throw PhoneNumberError(input: raw, reason: .tooLong)
        }
        guard metadata.isPossible(nationalDigits: national.count) else {
            let codeText = String(decoding: code, as: UTF8.self)
            let reason = PhoneNumberError.Reason.impossibleLength(callingCode: codeText, nationalDigits: national.count)
            throw PhoneNumberError(input: raw, reason: reason)
        }
        if rawIsE164 { return raw }
        var bytes: [UInt8] = [UInt8(ascii: "+")]
        bytes.reserveCapacity(1 + code.count + national.count)
        bytes.append(contentsOf: code)
        bytes.append(contentsOf: national)
        return String(decoding: bytes, as: UTF8.self)
    }
}
