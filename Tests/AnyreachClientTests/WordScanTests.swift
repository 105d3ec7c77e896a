import AnyreachModel
import Foundation
import TestSupport
import Testing

/// The scanner reads strings and whitespace eight bytes at a time while none of them needs a
/// look; what it finds must be what a reading byte by byte finds, wherever the byte that matters
/// falls.
@Suite struct WordScanTests {
    /// What a string token reads as: its extent and flags, or the offset of its error.
    enum Outcome: Equatable {
        case string(end: Int, escaped: Bool, ascii: Bool, next: Int)
        case failure(offset: Int)
    }

    /// The scanner's reading of `bytes`, which start with a quote.
    static func scanned(_ bytes: [UInt8]) -> Outcome {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONByteScanner(buffer)
            do throws(JSONScanError) {
                let raw = try scanner.rawString()
                return .string(end: raw.end, escaped: raw.escaped, ascii: raw.ascii, next: scanner.offset)
            } catch {
                return .failure(offset: error.offset)
            }
        }
    }

    /// The plain byte-by-byte reading the scanner had before it read words.
    static func reference(_ bytes: [UInt8]) -> Outcome {
        var offset = 1
        var escaped = false
        var high: UInt8 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            high |= byte
            if byte == UInt8(ascii: "\"") {
                return .string(end: offset, escaped: escaped, ascii: high < 0x80, next: offset + 1)
            }
            if byte < 0x20 { return .failure(offset: offset) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                offset += 1
            }
            offset += 1
        }
        return .failure(offset: offset)
    }

    @Test func everyByteAtEveryPlaceReadsAsOneByOne() {
        for length in [7, 8, 9, 16, 17, 23] {
            for place in 0..<length {
                for byte in UInt8.min...UInt8.max {
                    var body = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    body[place] = byte
                    let bytes = [UInt8(ascii: "\"")] + body + [UInt8(ascii: "\"")]
                    #expect(Self.scanned(bytes) == Self.reference(bytes), "byte \(byte) at \(place) of \(length)")
                }
            }
        }
    }

    @Test func generatedStringsReadAsOneByOne() {
        // Weighted towards the bytes that stop a word, and cut anywhere, unterminated included.
        let alphabet: [UInt8] =
            Array("abcXYZ019 -_/:.".utf8) + [0x22, 0x5C, 0x5C, 0x0A, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        var random = SeededRandom(seed: 0x5CA7)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...40, using: &random)
            var bytes = [UInt8(ascii: "\"")]
            for _ in 0..<length {
                let plain = Int.random(in: 0..<4, using: &random) > 0
                bytes.append(plain ? UInt8(ascii: "m") : alphabet.randomElement(using: &random)!)
            }
            if Bool.random(using: &random) { bytes.append(UInt8(ascii: "\"")) }
            #expect(Self.scanned(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }

    @Test func aStringIsReadToItsQuoteNotPastIt() {
        let bytes = Array(#""abcdefghijklmnop","qrstuvwxyz""#.utf8)
        #expect(Self.scanned(bytes) == .string(end: 17, escaped: false, ascii: true, next: 18))
    }

    @Test func whitespaceIsSkippedToTheFirstOtherByteWhereverItFalls() {
        let whitespace: [UInt8] = [0x20, 0x0A, 0x0D, 0x09]
        var random = SeededRandom(seed: 0x20)
        for length in 0..<20 {
            for byte in UInt8.min...UInt8.max {
                let run = (0..<length).map { _ in whitespace.randomElement(using: &random)! }
                let bytes = run + [byte] + Array(#"  "x""#.utf8)
                let (next, offset) = bytes.withUnsafeBufferPointer { buffer in
                    var scanner = JSONByteScanner(buffer)
                    return (scanner.peek(), scanner.offset)
                }
                if whitespace.contains(byte) {
                    #expect(next == UInt8(ascii: "\""), "\(bytes)")
                    #expect(offset == length + 3, "\(bytes)")
                } else {
                    #expect(next == byte, "\(bytes)")
                    #expect(offset == length, "\(bytes)")
                }
            }
        }
    }

    @Test func whitespaceToTheEndLeavesNothing() {
        for length in 0..<20 {
            let bytes = [UInt8](repeating: 0x20, count: length)
            let (next, offset) = bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONByteScanner(buffer)
                return (scanner.peek(), scanner.offset)
            }
            #expect(next == nil)
            #expect(offset == length)
        }
    }
}
