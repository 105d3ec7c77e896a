/// The page writer's growable buffer. Appending a few bytes to an `Array` checks uniqueness and
/// capacity and goes through the generic sequence copy, which was a sixth of the emulator's CPU
/// while it served contact pages; this copies them straight into its storage.
///
/// A class, for its `deinit`: a `PrettyJSONWriter` is used by one caller and never copied.
final class ByteOutput {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        storage[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (storage + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Forgets the bytes past the first `newCount` (bytes need no deinitializing).
    func truncate(to newCount: Int) {
        count = min(count, max(newCount, 0))
    }

    /// The bytes written, copied out.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    private func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = newCapacity
    }
}
