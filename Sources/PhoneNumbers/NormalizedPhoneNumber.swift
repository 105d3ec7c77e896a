/// A phone number in E.164 form, as the API stores it, and whether normalization changed it.
public struct NormalizedPhoneNumber: Hashable, Sendable {
    /// The number in E.164 form: "+", the calling code and the national number, e.g. "+442079460018".
    public let e164: String
    /// Whether `e164` differs from the input string: the API then returns one warning for the number.
    public let wasRewritten: Bool

    /// Pairs an E.164 number with whether it differs from the input it was normalized from.
    public init(e164: String, wasRewritten: Bool) {
        self.e164 = e164
        self.wasRewritten = wasRewritten
    }
}

extension NormalizedPhoneNumber: CustomStringConvertible {
    /// The E.164 form, so the value reads as the number it stands for.
    public var description: String { e164 }
}
