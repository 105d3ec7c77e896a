import AnyreachModel

extension ContactSpec {
    /// The `timezone` value that asks for the first number's zone instead of naming one.
    static let autoTimezoneWord = "auto"

    /// Sets the zone as a manifest or CSV cell wrote it: `auto` marks the contact for
    /// `ContactZoneCheck` to resolve, and never reaches the state (no API would take it).
    mutating func setWrittenTimezone(_ written: String?) {
        if written == Self.autoTimezoneWord {
            (autoTimezone, state.timezone) = (true, nil)
        } else {
            state.timezone = written
        }
    }
}
