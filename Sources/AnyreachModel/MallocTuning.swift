#if canImport(Glibc)
    import Glibc
#endif

/// glibc's malloc thresholds, fixed for what each of the project's processes allocates. Unless
/// the environment sets its own (`GLIBC_TUNABLES`, `MALLOC_MMAP_THRESHOLD_`).
public enum MallocTuning {
    /// `campaignctl`. glibc's malloc serves a block from its heap once a block that size was
    /// freed (its mmap threshold follows the largest block freed, up to 32 MiB). A plan frees
    /// large blocks all along (contacts files read whole, each campaign's contact list and read
    /// buffers), so the heap ends up holding them as holes between the small, long-lived blocks
    /// of a million contacts: 25 MB of a no-change plan of a million contacts. A fixed threshold
    /// keeps blocks over 256 KiB in their own mappings, returned when freed; contact pages
    /// (about 170 KiB) stay on the heap, where reusing them costs no system call.
    public static let client = Thresholds(mmap: 256 * 1024, trim: nil)

    /// `anyreach-emulator`. A contact page's body (about 170 KB) is written into one buffer and
    /// copied twice on its way out, and the server holds nothing a million times over: blocks
    /// up to 32 MiB come from the heap, and its top is kept up to 64 MiB, so the buffers are
    /// reused. Mapped afresh for each page, they cost about 40 page faults each, 19,000 a plan
    /// of 100,000 contacts; kept, a plan costs about 400.
    public static let server = Thresholds(mmap: 32 << 20, trim: 64 << 20)

    public struct Thresholds: Sendable {
        /// `M_MMAP_THRESHOLD`: blocks past it get their own mapping.
        let mmap: Int32
        /// `M_TRIM_THRESHOLD`: free memory at the heap's top past it goes back to the system.
        let trim: Int32?
    }

    /// `<malloc.h>`'s option numbers, which the Glibc module doesn't import.
    private static let (mmapThresholdOption, trimThresholdOption): (Int32, Int32) = (-3, -1)

    /// Fixes the thresholds, unless the environment already sets either; whether they were set.
    @discardableResult
    public static func apply(_ thresholds: Thresholds = client, environment: [String: String]) -> Bool {
        #if canImport(Glibc)
            let tunables = environment["GLIBC_TUNABLES"] ?? ""
            let setHere = ["MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"].contains { environment[$0] != nil }
            guard !setHere, !tunables.contains("mmap_threshold"), !tunables.contains("trim_threshold") else {
                return false
            }
            // Looked up rather than linked: `<malloc.h>` isn't in the Glibc module.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return false }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            if let trim = thresholds.trim, mallopt(trimThresholdOption, trim) != 1 { return false }
            return mallopt(mmapThresholdOption, thresholds.mmap) == 1
        #else
            return false
        #endif
    }
}
