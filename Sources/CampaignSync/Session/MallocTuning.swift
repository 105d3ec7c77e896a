#if canImport(Glibc)
    import Glibc
#endif

/// glibc's malloc serves a block from its heap once a block that size was freed (its mmap
/// threshold follows the largest block freed, up to 32 MiB). A plan frees large blocks all
/// along (contacts files read whole, each campaign's contact list and read buffers), so the
/// heap ends up holding them as holes between the small, long-lived blocks of a million
/// contacts: 25 MB of a no-change plan of a million contacts. A fixed threshold keeps blocks
/// over 256 KiB in their own mappings, returned when freed; contact pages (about 130 KiB)
/// stay on the heap, where reusing them costs no system call.
public enum MallocTuning {
    public static let mmapThreshold: Int32 = 256 * 1024
    /// `M_MMAP_THRESHOLD` of glibc's `<malloc.h>`, which the Glibc module doesn't import.
    private static let mmapThresholdOption: Int32 = -3

    /// Fixes the threshold, unless the environment already sets one; whether it was set.
    @discardableResult
    public static func apply(environment: [String: String]) -> Bool {
        #if canImport(Glibc)
            let tunables = environment["GLIBC_TUNABLES"] ?? ""
            guard environment["MALLOC_MMAP_THRESHOLD_"] == nil, !tunables.contains("mmap_threshold") else {
                return false
            }
            // Looked up rather than linked: `<malloc.h>` isn't in the Glibc module.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return false }
            return unsafeBitCast(symbol, to: Mallopt.self)(mmapThresholdOption, mmapThreshold) == 1
        #else
            return false
        #endif
    }
}
