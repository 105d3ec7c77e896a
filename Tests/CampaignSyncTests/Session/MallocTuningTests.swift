import CampaignSync
import Testing

/// The fixed mmap threshold is set through glibc's `mallopt`, found at run time, and left to the
/// environment when it sets its own.
@Suite struct MallocTuningTests {
    @Test func theThresholdIsSetUnlessTheEnvironmentSetsOne() {
        #expect(MallocTuning.apply(environment: [:]), "mallopt was found and took the threshold")
        #expect(!MallocTuning.apply(environment: ["GLIBC_TUNABLES": "glibc.malloc.mmap_threshold=65536"]))
        #expect(!MallocTuning.apply(environment: ["MALLOC_MMAP_THRESHOLD_": "65536"]))
        #expect(MallocTuning.apply(environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"]))
    }
}
