import AnyreachModel
import Testing

/// The thresholds are set through glibc's `mallopt`, found at run time, and left to the
/// environment when it sets its own. (The process keeps the last set: the client's.)
@Suite struct MallocTuningTests {
    @Test func theThresholdsAreSetUnlessTheEnvironmentSetsOne() {
        #expect(MallocTuning.apply(MallocTuning.server, environment: [:]), "mallopt took the server's thresholds")
        #expect(MallocTuning.apply(environment: [:]), "mallopt was found and took the client's threshold")
        #expect(!MallocTuning.apply(environment: ["GLIBC_TUNABLES": "glibc.malloc.mmap_threshold=65536"]))
        #expect(!MallocTuning.apply(MallocTuning.server, environment: ["MALLOC_MMAP_THRESHOLD_": "65536"]))
        #expect(MallocTuning.apply(environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"]))
    }
}
