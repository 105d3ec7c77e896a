public import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// The routes the generated server registered, recorded as they are registered, so that unknown
/// paths (404) and known paths with the wrong method (405) are told apart before auth (§10), and
/// metrics count requests by route template.
final class RouteTable: Sendable {
    enum Match: Equatable {
        case route(template: String)
        case wrongMethod(allowed: [String])
        case none
    }

    private let routes = Mutex<[(method: String, segments: [Substring])]>([])

    func add(method: HTTPRequest.Method, path: String) {
        let segments = path.split(separator: "/")
        routes.withLock { $0.append((method.rawValue, segments)) }
    }

    /// The route a request matches; `{name}` segments match any one path segment.
    func match(method: String, path: String) -> Match {
        let requested = path.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "/") } ?? []
        let candidates = routes.withLock { routes in routes.filter { Self.matches($0.segments, requested) } }
        if let hit = candidates.first(where: { $0.method == method }) {
            return .route(template: "/" + hit.segments.joined(separator: "/"))
        }
        return candidates.isEmpty ? .none : .wrongMethod(allowed: candidates.map(\.method).sorted())
    }

    private static func matches(_ template: [Substring], _ path: [Substring]) -> Bool {
        template.count == path.count
            && zip(template, path).allSatisfy { pattern, segment in
                pattern.hasPrefix("{") || pattern == segment
            }
    }
}

/// A server transport that records each route in a `RouteTable` and hands it on.
struct RecordingTransport<Base: ServerTransport>: ServerTransport {
    let base: Base
    let table: RouteTable

    func register(
        _ handler:
            @Sendable @escaping (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                HTTPResponse, HTTPBody?
            ),
        method: HTTPRequest.Method, path: String
    ) throws {
        table.add(method: method, path: path)
        try base.register(handler, method: method, path: path)
    }
}
