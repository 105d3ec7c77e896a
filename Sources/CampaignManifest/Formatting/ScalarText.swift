import AnyreachModel
import Yams

/// How `fmt` writes a scalar: as it was written, except that quotes go where every YAML reader
/// takes the plain text for the same string and are added where one wouldn't (the rules
/// `export` writes by, `YAMLScalar`), and only where the loader reads the value the same either
/// way (`ScalarRule`).
enum ScalarText {
    static func text(_ scalar: WrittenScalar, rule: ScalarRule, inFlow: Bool, source: SourceText) -> String {
        // A plain scalar on one line is its value, as the builder checked.
        let written = scalar.style == .plain ? scalar.value : source.string(scalar.span)
        // Whether `${VAR}` is plain can decide what it becomes (an integer, or a number in data).
        guard !holdsInterpolation(scalar.value), mayRequote(scalar.value, rule) else { return written }
        let plainSafe = YAMLScalar.isPlainSafe(scalar.value, inFlow: inFlow)
        if scalar.style == .plain {
            // Null stays null; `<<` is a merge key only when plain.
            guard !NodeReader.nullWords.contains(scalar.value), scalar.value != "<<" else { return written }
            return plainSafe ? written : YAMLScalar.doubleQuoted(scalar.value)
        }
        return plainSafe ? scalar.value : written
    }

    /// Whether `value` holds `${`, read byte by byte (`String.contains` searches by character).
    static func holdsInterpolation(_ value: String) -> Bool {
        var previous: UInt8 = 0
        for byte in value.utf8 {
            if previous == UInt8(ascii: "$") && byte == UInt8(ascii: "{") { return true }
            previous = byte
        }
        return false
    }

    private static func mayRequote(_ value: String, _ rule: ScalarRule) -> Bool {
        switch rule {
        case .string: true
        // Plain `12` is a number in data, `"12"` a string: quotes change only where plain reads
        // as the same string.
        case .freeForm: NodeReader.plainScalar(value) == .string(value)
        case .asWritten: false
        }
    }
}
