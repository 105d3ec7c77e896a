/// How the emulator's simulated dialer behaves (contract §9); the one place its knobs live.
///
/// The dialer is off by default, so a plain emulator keeps every contact `pending` and tests of
/// the API see exactly the rows they wrote. Turn it on to watch campaigns progress.
public struct DialerSettings: Sendable, Equatable {
    /// Whether `SimulatedDialer.run()` ticks at all; `tick(now:)` works either way.
    public var enabled: Bool
    /// Real time between two ticks of `run()`.
    public var tickInterval: Duration
    /// How long a call lasts, in simulated seconds.
    public var callSeconds: Int
    /// The chance, from 0 to 1, that a call ends `completed`.
    public var completionRate: Double
    /// Simulated seconds per real second: call lengths and retry delays are divided by it.
    public var timeScale: Double
    /// Makes call outcomes deterministic when set.
    public var seed: UInt64?

    public init(
        enabled: Bool = false,
        tickInterval: Duration = .milliseconds(200),
        callSeconds: Int = 2,
        completionRate: Double = 0.6,
        timeScale: Double = 1,
        seed: UInt64? = nil
    ) {
        self.enabled = enabled
        self.tickInterval = tickInterval
        self.callSeconds = callSeconds
        self.completionRate = completionRate
        self.timeScale = timeScale
        self.seed = seed
    }
}

extension DialerSettings {
    /// A usable scale: zero, negative or NaN would stop time or run it backwards, so they mean 1.
    var effectiveTimeScale: Double {
        timeScale > 0 && timeScale.isFinite ? timeScale : 1
    }

    /// Real whole seconds a call lasts. Rounded up so a call never ends before its simulated length;
    /// stored times have whole seconds (§10), so shorter calls can't be told apart anyway.
    var realCallSeconds: Int64 {
        Int64((Double(max(callSeconds, 0)) / effectiveTimeScale).rounded(.up))
    }

    /// Real whole seconds before a retry of a policy's `retry_delay_minutes`, rounded up like calls.
    func realRetryDelay(minutes: Int) -> Int64 {
        Int64((Double(max(minutes, 0) * 60) / effectiveTimeScale).rounded(.up))
    }

    /// Whether the `attempt`-th call (1-based) of contact `seq` ends `completed`.
    ///
    /// With a seed the draw hashes (seed, contact, attempt) instead of consuming a shared random
    /// stream, so outcomes don't depend on tick timing or on which other contacts were called.
    func callCompletes(contactSeq: Int64, attempt: Int) -> Bool {
        guard completionRate > 0 else { return false }
        guard completionRate < 1 else { return true }
        guard let seed else { return Double.random(in: 0..<1) < completionRate }
        var mixer = SplitMix64(
            state: seed ^ (UInt64(bitPattern: contactSeq) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(attempt))
        return Double(mixer.next() >> 11) / Double(1 << 53) < completionRate
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, well-mixed generator, enough for fair coin flips.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
