public import Foundation
import Synchronization

/// Whole-second timestamps and time-ordered ids that never go backwards.
///
/// Contacts and campaigns are listed by `created_at`, then `id` (contract §3.2, §4.2). Ids that
/// grow with creation time (UUIDv7 with a monotonic counter) make that order the insertion order,
/// so new rows always land at the end of a listing and a page walk never skips or repeats a row.
public final class EmulatorClock: Sendable {
    private struct State {
        var lastSecond: Int64 = 0
        var lastMillis: Int64 = 0
        var counter: UInt16 = 0
    }

    private let state = Mutex(State())
    private let wallClock: @Sendable () -> Date

    public init(wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.wallClock = wallClock
    }

    /// Now, in whole seconds since 1970, never earlier than a value returned before.
    public func nowSeconds() -> Int64 {
        let wall = Int64(wallClock().timeIntervalSince1970.rounded(.down))
        return state.withLock { state in
            state.lastSecond = max(state.lastSecond, wall)
            return state.lastSecond
        }
    }

    /// A new UUIDv7 string, greater than every id this clock made before.
    public func nextID() -> String {
        let wallMillis = Int64(wallClock().timeIntervalSince1970 * 1000)
        let (millis, counter) = state.withLock { state -> (Int64, UInt16) in
            if wallMillis > state.lastMillis {
                state.lastMillis = wallMillis
                state.counter = 0
            } else if state.counter == 0x0FFF {
                state.lastMillis += 1
                state.counter = 0
            } else {
                state.counter += 1
            }
            return (state.lastMillis, state.counter)
        }
        return Self.uuidV7(millis: millis, counter: counter)
    }

    static func uuidV7(millis: Int64, counter: UInt16) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - index))) }
        bytes[6] = 0x70 | UInt8(counter >> 8)
        bytes[7] = UInt8(truncatingIfNeeded: counter)
        var random = SystemRandomNumberGenerator()
        for index in 8..<16 { bytes[index] = random.next() }
        bytes[8] = 0x80 | (bytes[8] & 0x3F)
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let parts = [
            hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
            hex.dropFirst(20),
        ]
        return parts.joined(separator: "-")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Whole-second timestamps as dates (their text: `Timestamp+Formatting.swift`; reading text:
/// `RFC3339Timestamp`).
enum Timestamp {
    static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}

/// The contract's UUID shape: canonical 8-4-4-4-12 hex, any case (§10).
enum UUIDShape {
    static func matches(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                if byte != UInt8(ascii: "-") { return false }
            } else if !isHex(byte) {
                return false
            }
        }
        return true
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
    }
}
