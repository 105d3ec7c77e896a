import Foundation
import HTTPTypes
import Hummingbird

/// Counts every request, API or not, by route template and status.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable
    let metrics: EmulatorMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let route: String
        switch routes.match(method: request.method.rawValue, path: request.uri.path) {
        case .route(let template): route = template
        case .wrongMethod, .none: route = request.uri.path.hasPrefix("/_emulator") ? request.uri.path : "(unmatched)"
        }
        var response = try await next(request, context)
        var status = Int(response.status.code)
        if response.headers[.emulatorLostWrite] != nil {
            response.headers[.emulatorLostWrite] = nil
            status = 0
        }
        metrics.record(method: request.method.rawValue, route: route, path: request.uri.path, status: status)
        return response
    }
}

/// Answers an unknown path with 404 and a known path with the wrong method with 405, in the
/// API's error shape and before authentication (§10).
struct RoutingMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if request.uri.path.hasPrefix("/_emulator/") { return try await next(request, context) }
        switch routes.match(method: request.method.rawValue, path: request.uri.path) {
        case .route: return try await next(request, context)
        case .none: return Self.errorResponse(APIError.notFound("Not Found"), extra: [:])
        case .wrongMethod(let allowed):
            return Self.errorResponse(
                APIError(status: 405, detail: .message("Method Not Allowed")),
                extra: [.allow: allowed.joined(separator: ", ")])
        }
    }

    static func errorResponse(_ error: APIError, extra: HTTPFields) -> Response {
        var headers = extra
        headers[.contentType] = "application/json"
        if let seconds = error.retryAfterSeconds { headers[.retryAfter] = String(seconds) }
        return Response(
            status: .init(code: error.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: error.body())))
    }
}
