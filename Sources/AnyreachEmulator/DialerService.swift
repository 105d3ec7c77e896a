import ServiceLifecycle

/// Runs the simulated dialer next to the HTTP server and stops it on graceful shutdown.
struct DialerService: Service {
    let dialer: SimulatedDialer

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            await dialer.run()
        }
    }
}
