import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Plain HTTP to the emulator, with the default credential: what a test reads or changes behind
/// campaignctl's back goes over the wire like any other client's request.
enum HTTP {
    static let token = "ak_local.emulator"

    /// No cache: tests poll the same URL (`/_emulator/metrics`) and must see every change.
    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration)
    }()

    struct Response {
        var status: Int
        var json: JSONValue?
        var text: String
    }

    static func send(_ method: String, _ url: String, json: JSONValue? = nil) async throws -> Response {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.timeoutInterval = 60
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = json.compactData()
        }
        let (data, response) = try await session.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return Response(
            status: status, json: try? JSONValue.parse(Array(data)), text: String(decoding: data, as: UTF8.self))
    }

    /// A 2xx answer's JSON, else a failure naming the request.
    static func expectJSON(_ method: String, _ url: String, json: JSONValue? = nil) async throws -> JSONValue {
        let response = try await send(method, url, json: json)
        guard (200..<300).contains(response.status), let body = response.json else {
            throw TestFailure("\(method) \(url) answered \(response.status): \(response.text.prefix(500))")
        }
        return body
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? { objectValue?[key] }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var intValue: Int? {
        if case .int(let value) = self { return Int(value) }
        return nil
    }
}
