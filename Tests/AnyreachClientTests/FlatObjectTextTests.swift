import AnyreachModel
import Foundation
import TestSupport
import Testing

@testable import AnyreachClient

/// A contact's `data` copied from the page as canonical text is the text the canonical writer
/// writes of the value read whole; anything the copy can't vouch for is left, untouched, to the
/// whole read.
@Suite struct FlatObjectTextTests {
    /// The copy, or nil; a nil must leave the scanner where it was.
    static func copied(_ text: String) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var scanner = JSONByteScanner(bytes)
            guard let copied = scanner.flatObjectCanonicalText() else {
                #expect(scanner.offset == 0, "\(text)")
                return nil
            }
            return copied
        }
    }

    static func canonical(_ text: String) throws -> String {
        String(decoding: try JSONValue.read(Array(text.utf8)).canonicalBytes(), as: UTF8.self)
    }

    @Test(arguments: [
        #"{"plan":"basic","tier":"t0"}"#,
        #"{}"#,
        " {\n  \"a\" : 1,\n  \"b\" : -20 ,\"c\":true,\"d\":false,\"e\":null,\"f\":\"café 😀\"\n} ",
        #"{"A":1,"B":2,"a":3,"aa":4,"ab":0}"#,
        #"{"m":1e2,"n":2.0}"#,
    ])
    func flatDataIsCopiedAsItsCanonicalText(_ text: String) throws {
        let copied = try #require(Self.copied(text), "a flat object is copied")
        #expect(copied == (try Self.canonical(text)))
    }

    @Test(arguments: [
        #"{"tier":"t0","plan":"basic"}"#,  // keys out of order
        #"{"a":1,"a":2}"#,  // a key twice
        #"{"a":"x\/y"}"#,  // an escape
        #"{"caf\u00e9":1}"#, #"{"é":1}"#,  // keys that aren't plain ASCII
        #"{"a":1.5}"#, #"{"a":{"b":1}}"#, #"{"a":[1]}"#,  // values that aren't flat
        #"["a"]"#, #""text""#, "null",  // not an object
        #"{"a":1"#, #"{"a":tru}"#, #"{"a" 1}"#, "{\"a\":\"\u{1}\"}",  // malformed
    ])
    func anythingElseIsLeftToTheWholeRead(_ text: String) {
        #expect(Self.copied(text) == nil, "\(text)")
    }

    /// Generated objects, flat or not, keys sorted or not, compact or spaced: a copy is always
    /// the canonical text, and every flat one with sorted keys is copied.
    @Test func generatedObjectsAreCopiedOnlyAsTheirCanonicalText() throws {
        var random = SeededRandom(seed: 7)
        var copiedCount = 0
        for _ in 0..<500 {
            let (text, flatAndSorted) = Self.randomObject(&random)
            if let copied = Self.copied(text) {
                copiedCount += 1
                #expect(copied == (try Self.canonical(text)), "\(text)")
            } else {
                #expect(!flatAndSorted, "\(text)")
            }
        }
        #expect(copiedCount > 100)
    }

    static func randomObject(_ random: inout SeededRandom) -> (String, Bool) {
        let names = ["a", "b", "tier", "plan", "Z", "a1"]
        let keys = Array(Set((0..<Int(random.next() % 5)).map { _ in names[Int(random.next() % 6)] }))
        let sorted = random.next() % 3 != 0
        var flat = true
        let members = (sorted ? keys.sorted() : keys).map { key -> String in
            let values = [
                "\"v\(random.next() % 100)\"", "\(Int64(bitPattern: random.next()) >> 8)", "true", "null", "\"ü\"",
                "1.25", "{\"x\":1}", "[1,2]", "\"a\\\"b\"",
            ]
            let index = Int(random.next() % UInt64(values.count))
            if index >= 5 { flat = false }
            return "\"\(key)\"" + (random.next() % 2 == 0 ? ":" : " : ") + values[index]
        }
        let inOrder = sorted || keys.count < 2 || keys == keys.sorted()
        return ("{" + members.joined(separator: random.next() % 2 == 0 ? "," : ",\n  ") + "}", flat && inOrder)
    }
}
