/// Everything an emulator instance is started with.
public struct EmulatorConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port; `RunningEmulator.port` tells which.
    public var port: Int
    public var storage: EmulatorStorage
    public var credentials: CredentialStore
    public var dialer: DialerSettings
    public var faults: FaultSettings
    /// Keep every request body for tests (`EmulatorMetrics.bodies()`); off for real use.
    public var recordsBodies = false

    public init(
        host: String = "127.0.0.1", port: Int = 0, storage: EmulatorStorage = .inMemory,
        credentials: CredentialStore = .local, dialer: DialerSettings = DialerSettings(),
        faults: FaultSettings = FaultSettings()
    ) {
        self.host = host
        self.port = port
        self.storage = storage
        self.credentials = credentials
        self.dialer = dialer
        self.faults = faults
    }
}
