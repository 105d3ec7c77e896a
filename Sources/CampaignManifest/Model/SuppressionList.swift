/// `policy.suppress`: the numbers that must never be called, from every list the manifests name.
///
/// A number is kept as the integer of its E.164 digits (E.164 has at most 15, and no calling code
/// starts with 0, so the integer is unique): a million numbers take about 16 MB in the set, and
/// a lookup is one hash, not a scan.
public struct SuppressionList: Sendable {
    /// A list as the manifests name it, and how many numbers it held.
    public struct Source: Hashable, Sendable {
        public var path: String
        public var count: Int
        public var location: SourceLocation
    }

    public private(set) var sources: [Source] = []
    private var numbers: Set<UInt64> = []

    public init() {}

    /// Distinct numbers over every list.
    public var count: Int { numbers.count }
    public var isEmpty: Bool { numbers.isEmpty }

    /// Whether an E.164 number (`+14155550123`) is listed; false for anything that isn't E.164.
    public func contains(e164 number: String) -> Bool {
        guard !numbers.isEmpty, let key = Self.key(ofE164: number) else { return false }
        return numbers.contains(key)
    }

    /// The same list with each source's location rewritten (`fmt` compares meaning, not places).
    mutating func relocate(_ move: (SourceLocation) -> SourceLocation) {
        for index in sources.indices { sources[index].location = move(sources[index].location) }
    }

    mutating func add(_ source: Source, numbers listed: Set<UInt64>) {
        sources.append(source)
        if numbers.isEmpty { numbers = listed } else { numbers.formUnion(listed) }
    }

    /// The digits after `+` as an integer; nil unless the text is `+` and 1 to 15 digits.
    public static func key(ofE164 number: String) -> UInt64? {
        var utf8 = number.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "+") else { return nil }
        var value: UInt64 = 0
        var digits = 0
        while let byte = utf8.next() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 15 else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}

/// Equal when built from the same lists with the same numbers; the hash stays O(lists), since a
/// desired state is hashed and the numbers can be a million.
extension SuppressionList: Hashable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.sources == rhs.sources && lhs.numbers == rhs.numbers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sources)
        hasher.combine(numbers.count)
    }
}

/// What suppression did to the contacts of one campaign (or the ad-hoc list).
public struct SuppressedContacts: Hashable, Sendable {
    /// Contacts not uploaded: every number of theirs is listed. Their numbers are the listed ones.
    public var withheld: [ContactSpec] = []
    /// Contacts uploaded without some of their numbers, and how many numbers were removed.
    public var trimmedContacts = 0
    public var removedNumbers = 0

    public init() {}

    public var isEmpty: Bool { withheld.isEmpty && trimmedContacts == 0 }
}
