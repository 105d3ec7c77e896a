import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// A response body written by a handler, sent in place of the one the generated layer encoded.
final class RenderedBody: Sendable {
    private let bytes = Mutex<[UInt8]?>(nil)

    func set(_ body: [UInt8]) {
        bytes.withLock { $0 = body }
    }

    /// The body set, if any.
    func get() -> [UInt8]? {
        bytes.withLock { $0 }
    }
}

/// Lets a handler send JSON it wrote itself while the generated layer still decodes and checks
/// the request, and its typed output still decides the status and headers.
///
/// The contact listing uses it: `JSONEncoder` spent most of the emulator's CPU time on contact
/// pages (see `PrettyJSONWriter`), and the client's read of a large org waited for it.
struct RenderedBodyMiddleware: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let rendered = RenderedBody()
        var (response, encoded) = try await RequestScope.$renderedBody.withValue(rendered) {
            try await next(request, body, metadata)
        }
        guard let bytes = rendered.get() else { return (response, encoded) }
        response.headerFields[.contentLength] = String(bytes.count)
        encoded = HTTPBody(bytes)
        return (response, encoded)
    }
}
