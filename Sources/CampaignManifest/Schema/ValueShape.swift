/// What a manifest key's value must be: the type the loader reads it as, with the limits that
/// `docs/manifest.schema.json` can state too. Rules it can't state (phone numbers, time zones,
/// references between files) are checked by the loader alone and said in the key's help.
indirect enum ValueShape: Sendable {
    /// Any scalar, read as the text written: `09:00`, `+44` and `00123` are text, whatever a
    /// YAML reader makes of them.
    case text(TextRule = TextRule())
    /// A plain (unquoted) decimal integer within the range.
    case integer(ClosedRange<Int>)
    /// A plain decimal number within the range.
    case number(ClosedRange<Double>)
    /// Plain `true` or `false`, any case.
    case boolean
    /// A list of at least `atLeast` items, at most `atMost`, optionally with no item twice.
    case list(of: ValueShape, atLeast: Int = 0, atMost: Int? = nil, unique: Bool = false)
    /// A mapping with the keys of a mapping definition.
    case mapping(ManifestMapping)
    /// A mapping from names the author chooses (external_ids, data keys) to values.
    case entries(of: ValueShape, names: TextRule = TextRule())
    /// A free-form mapping (`data`, `agent_config`): any keys, any values.
    case freeForm
    /// Any one of several shapes (a contacts file is a path or a mapping).
    case either([ValueShape])
}

/// The limits of a text value, checked on its text after `${VAR}` interpolation.
struct TextRule: Sendable {
    /// In Unicode code points, as the API counts.
    var length: ClosedRange<Int>?
    /// The only words allowed.
    var choices: [String]?
    /// An ECMA-262 regular expression the whole text must match.
    var pattern: String?

    var isConstrained: Bool { length != nil || choices != nil || pattern != nil }
}
