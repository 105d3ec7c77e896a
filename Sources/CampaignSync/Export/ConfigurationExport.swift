import AnyreachAPI
import AnyreachClient
import AnyreachModel

/// One configuration as a manifest file; server defaults left out unless asked for.
struct ConfigurationExport {
    let config: Components.Schemas.Configuration
    let key: String
    let fileStem: String
    let withDefaults: Bool

    func file() -> ExportedFile {
        var yaml = YAMLText()
        yaml.key("configurations", indent: 0)
        yaml.key(key, indent: 1)
        if config.externalId == nil {
            yaml.comment("This configuration has no external_id live: plan proposes to give it \"\(key)\".", indent: 2)
            yaml.field("id", .string(config.id), indent: 2)
        }
        yaml.field("name", .string(config.name), indent: 2)
        let state = ConfigurationState(live: config)
        schedule(state.schedule, &yaml)
        policy(state.dialingPolicy, &yaml)
        yaml.key("agent", indent: 2)
        yaml.field("agent_id", .string(config.agent.agentId), indent: 3)
        if let version = config.agent.agentVersion { yaml.field("agent_version", .int(Int64(version)), indent: 3) }
        return ExportedFile(path: "configurations/\(fileStem).yaml", contents: yaml.text)
    }

    private func schedule(_ live: Schedule, _ yaml: inout YAMLText) {
        let schedule = live.json.objectValue ?? [:]
        let defaults = Schedule().json.objectValue ?? [:]
        let keys = Schedule.CodingKeys.allCases.map(\.stringValue)
        let shown = keys.filter { withDefaults ? schedule[$0] != .null : schedule[$0] != defaults[$0] }
        guard !shown.isEmpty else { return }
        yaml.key("schedule", indent: 2)
        for key in shown { yaml.field(key, schedule[key]!, indent: 3) }
    }

    private func policy(_ live: DialingPolicy, _ yaml: inout YAMLText) {
        let policy = live.json.objectValue ?? [:]
        let defaults = DialingPolicy().json.objectValue ?? [:]
        let shown = DialingPolicy.CodingKeys.allCases.map(\.stringValue).filter {
            withDefaults || policy[$0] != defaults[$0]
        }
        guard !shown.isEmpty else { return }
        yaml.key(ConfigurationState.CodingKeys.dialingPolicy.stringValue, indent: 2)
        for name in shown { yaml.field(name, policy[name] ?? .null, indent: 3) }
    }
}
