import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Applies `FaultSettings` to API routes (never to `/_emulator/*`).
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let settings: FaultSettings
    let dice: FaultDice
    let bucket: TokenBucket?

    init(settings: FaultSettings) {
        self.settings = settings
        dice = FaultDice(seed: settings.seed)
        bucket = settings.rateLimitPerSecond.map { TokenBucket(ratePerSecond: $0, burst: settings.rateLimitBurst) }
    }

    struct LostResponse: Error {}

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if request.uri.path.hasPrefix("/_emulator/") { return try await next(request, context) }
        try await delay()
        if let wait = bucket?.take() {
            return RoutingMiddleware<Context>.errorResponse(
                APIError(status: 429, detail: .message("Rate limit exceeded"), retryAfterSeconds: wait), extra: [:])
        }
        if dice.roll(below: settings.errorRate) {
            let status = dice.roll(below: 0.5) ? 503 : 500
            return RoutingMiddleware<Context>.errorResponse(
                APIError(status: status, detail: .message("Injected server fault")), extra: [:])
        }
        let response = try await next(request, context)
        guard isWrite(request.method), dice.roll(below: settings.lostWriteRate) else { return response }
        // The write is committed; the client gets a connection closed mid-answer instead of it. A 204
        // has no body to cut short (the server would send it whole), so it goes out as a 200 whose body
        // never arrives. The marker tells `MetricsMiddleware` to count it under status 0; it removes it.
        let status: HTTPResponse.Status = response.status == .noContent ? .ok : response.status
        return Response(
            status: status, headers: [.emulatorLostWrite: "1"], body: ResponseBody { _ in throw LostResponse() })
    }

    private func delay() async throws {
        let jitter = settings.jitterMilliseconds > 0 ? dice.integer(below: settings.jitterMilliseconds + 1) : 0
        let total = settings.latencyMilliseconds + jitter
        if total > 0 { try await Task.sleep(for: .milliseconds(total)) }
    }

    private func isWrite(_ method: HTTPRequest.Method) -> Bool {
        [.post, .patch, .put, .delete].contains(method)
    }
}

extension HTTPField.Name {
    /// Marks a response whose answer fault injection drops; never reaches a client.
    static let emulatorLostWrite = Self("X-Emulator-Lost-Write")!
}

/// Random choices for faults, repeatable when seeded.
final class FaultDice: Sendable {
    private let state: Mutex<UInt64>

    init(seed: UInt64?) {
        state = Mutex(seed ?? UInt64.random(in: 1...UInt64.max))
    }

    /// SplitMix64: small, fast and good enough to spread faults.
    private func next() -> UInt64 {
        state.withLock { value in
            value &+= 0x9E37_79B9_7F4A_7C15
            var mixed = value
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    func roll(below probability: Double) -> Bool {
        probability > 0 && Double(next() >> 11) / Double(1 << 53) < probability
    }

    func integer(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

/// A token bucket shared by all requests: `take()` returns nil when a request may pass, else the
/// whole seconds to wait, for `Retry-After`.
final class TokenBucket: Sendable {
    private struct State {
        var tokens: Double
        var last: ContinuousClock.Instant
    }
    private let state: Mutex<State>
    private let rate: Double
    private let burst: Double

    init(ratePerSecond: Double, burst: Int) {
        rate = ratePerSecond
        self.burst = Double(max(1, burst))
        state = Mutex(State(tokens: Double(max(1, burst)), last: .now))
    }

    func take() -> Int? {
        state.withLock { state in
            let now = ContinuousClock.now
            let elapsed = state.last.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            state.tokens = min(burst, state.tokens + seconds * rate)
            state.last = now
            if state.tokens >= 1 {
                state.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - state.tokens) / rate).rounded(.up)))
        }
    }
}
