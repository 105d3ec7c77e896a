/// Where a session's client comes from: the remote API, or a server started for the run alone
/// (the CLI's embedded emulator). Commands reach the org only through `withConnection`, so
/// the sequence that opens a client and closes it on every path is written once.
public protocol ConnectionProvider: Sendable {
    /// A client ready for requests, with whatever serves it already running.
    func open() async throws -> OpenConnection
}

extension ConnectionProvider {
    /// Runs `body` with an open connection and closes it afterwards, whether `body` returns,
    /// throws or is cancelled: cancellation reaches `body` as a thrown error, and closing (the
    /// client's shutdown, a server's graceful stop) still completes in a cancelled task.
    public func withConnection<T>(_ body: (OpenConnection) async throws -> T) async throws -> T {
        let connection = try await open()
        do {
            let value = try await body(connection)
            await connection.close()
            return value
        } catch {
            await connection.close()
            throw error
        }
    }
}
