import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Retries connection failures and 429/502/503/504 with backoff, inside the shared limit.
///
/// Creates are the exception: a create whose answer was lost may have happened, so only a 429
/// (which promises nothing was done) is retried here; `AnyreachClient` looks the resource up by
/// its external_id before trying a create again. Calls marked not repeatable
/// (`ClientRequestScope.repeatable`) are treated the same way.
struct RetryMiddleware: ClientMiddleware {
    let policy: RetryPolicy
    let limiter: AdaptiveLimiter
    let metrics: ClientMetrics

    static let nonIdempotent: Set<String> = ["createCampaign", "createConfiguration"]

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let started = ContinuousClock.now
        var attempt = 0
        while true {
            attempt += 1
            ClientRequestScope.attempts?.increment()
            let outcome = await send(request, body, baseURL, next: next)
            metrics.recordAttempt(status: outcome.status, isRetry: attempt > 1)
            guard let wait = retryDelay(outcome, operationID: operationID, attempt: attempt, started: started) else {
                return try outcome.result.get()
            }
            if case .success(let (_, body)) = outcome.result { await Self.drain(body) }
            policy.onWait?(
                RetryWait(
                    method: request.method.rawValue, path: StatusCheckMiddleware.pathOnly(request.path),
                    reason: outcome.status.map(String.init) ?? "no answer (\(Self.failure(outcome)))", attempt: attempt,
                    remaining: policy.totalBudget - started.duration(to: .now)))
            try await Task.sleep(for: wait)
        }
    }

    private struct Outcome {
        var result: Result<(HTTPResponse, HTTPBody?), any Error>
        var status: Int? { (try? result.get())?.0.status.code }
        var retryAfter: Duration? {
            guard let response = try? result.get().0, let text = response.headerFields[.retryAfter],
                let seconds = Int(text)
            else { return nil }
            return .seconds(seconds)
        }
    }

    private func send(
        _ request: HTTPRequest, _ body: HTTPBody?, _ baseURL: URL,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async -> Outcome {
        await limiter.acquire()
        do {
            let response = try await next(request, body, baseURL)
            await limiter.release(rateLimited: response.0.status.code == 429)
            return Outcome(result: .success(response))
        } catch {
            await limiter.release(rateLimited: false)
            return Outcome(result: .failure(error))
        }
    }

    /// The wait before another attempt, or nil to stop here.
    private func retryDelay(_ outcome: Outcome, operationID: String, attempt: Int, started: ContinuousClock.Instant)
        -> Duration?
    {
        // A cancelled task (a sibling request failed, or Ctrl-C) stops here, whatever the
        // transport made of the cancellation.
        if Task.isCancelled { return nil }
        if case .failure(let error) = outcome.result, error is CancellationError { return nil }
        let repeatable = ClientRequestScope.repeatable && !Self.nonIdempotent.contains(operationID)
        let retryable: Bool
        switch outcome.status {
        case nil: retryable = repeatable
        case 429?: retryable = true
        case let status?: retryable = RetryPolicy.retryableStatuses.contains(status) && repeatable
        }
        guard retryable, attempt < policy.maxAttempts else { return nil }
        let wait = policy.delay(afterAttempt: attempt, retryAfter: outcome.retryAfter, random: Double.random(in: 0...1))
        guard started.duration(to: .now) + wait < policy.totalBudget else { return nil }
        return wait
    }

    private static func failure(_ outcome: Outcome) -> String {
        guard case .failure(let error) = outcome.result else { return "" }
        return TransportFailure.reason(error)
    }

    static func drain(_ body: HTTPBody?) async {
        guard let body else { return }
        _ = try? await Data(collecting: body, upTo: 1 << 20)
    }
}
