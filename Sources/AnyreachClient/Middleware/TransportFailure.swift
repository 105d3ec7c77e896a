import AsyncHTTPClient
import Foundation
import NIOCore
import OpenAPIRuntime

/// Short reasons for requests that got no answer, in words a person reads in one line: the
/// HTTP stack's own descriptions (`connection reset (error set): Connection refused (errno:
/// 111)`, `HTTPClientError.deadlineExceeded`) say it in its terms, not the reader's. None of
/// these errors carries a request header, so the credential can't reach the text.
enum TransportFailure {
    static func reason(_ error: any Error) -> String {
        let error = (error as? ClientError)?.underlyingError ?? error
        if let error = error as? HTTPClientError, let known = known.first(where: { $0.error == error }) {
            return known.reason
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if error is CancellationError { return "cancelled" }
        let text = String(describing: error)
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }

    private static let known: [(error: HTTPClientError, reason: String)] = [
        (.connectTimeout, "connecting timed out"),
        (.deadlineExceeded, "no answer within the request timeout"),
        (.readTimeout, "reading the answer timed out"),
        (.writeTimeout, "sending the request timed out"),
        (.remoteConnectionClosed, "the connection closed before the answer was complete"),
        (.tlsHandshakeTimeout, "the TLS handshake timed out"),
        (.cancelled, "cancelled"),
    ]
}
