import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Reads each answer's body to its end before anyone looks at the status, so an answer cut off
/// mid-body (the connection closed after the head, as when a committed write loses its answer)
/// fails here, inside the retry loop, as a request without an answer. Left streaming, the head's
/// 200 would count as success and the failure would surface later, while decoding, where
/// neither the retries nor the duplicate-safe creates can see it.
struct ResponseBufferMiddleware: ClientMiddleware {
    /// Far above any page the API sends (200 contacts of at most 16 KiB data each).
    static let maximumBytes = 64 << 20

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard let responseBody else { return (response, nil) }
        return (response, HTTPBody(try await Self.collect(responseBody)))
    }

    /// The body in one buffer, sized from its length when the answer gives one: a page of 200
    /// contacts is over 100 KiB, and growing a buffer to it by doubling, then copying it out,
    /// was three large blocks per page where one does.
    static func collect(_ body: HTTPBody) async throws -> ArraySlice<UInt8> {
        var bytes: [UInt8] = []
        if case .known(let length) = body.length {
            guard length <= maximumBytes else { throw OversizedAnswer() }
            bytes.reserveCapacity(Int(length))
        }
        for try await chunk in body {
            guard bytes.count + chunk.count <= maximumBytes else { throw OversizedAnswer() }
            bytes.append(contentsOf: chunk)
        }
        return bytes[...]
    }

    /// The bytes of a body this middleware collected, as they are: its one chunk, not a copy.
    static func bytes(of body: HTTPBody) async throws -> ArraySlice<UInt8> {
        var chunks: [ArraySlice<UInt8>] = []
        for try await chunk in body { chunks.append(chunk) }
        return chunks.count == 1 ? chunks[0] : ArraySlice(chunks.joined())
    }
}

/// An answer larger than any the API sends.
struct OversizedAnswer: Error, CustomStringConvertible {
    var description: String {
        "the answer is over \(ResponseBufferMiddleware.maximumBytes >> 20) MiB, far more than any the API sends"
    }
}
